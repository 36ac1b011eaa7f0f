// Click a bubble to pop it: it vanishes in a burst of 20 blue particles where it was; a new bubble appears somewhere else.
class BubbleScene extends Phaser.Scene {
  constructor() { super('bubbles'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x81d4fa).fillCircle(4, 4, 4).generateTexture('dot', 8, 8);
    g.destroy();
  }
  create() {
    this.burst = this.add.particles(0, 0, 'dot', { speed: { min: 80, max: 200 }, lifespan: 600, scale: { start: 1, end: 0 }, emitting: false });
    this.popped = 0;
    this.label = this.add.text(16, 16, 'Popped: 0', { fontSize: '20px', color: '#ffffff' });
    this.spawn();
  }
  spawn() {
    const bubble = this.add.circle(Phaser.Math.Between(80, 720), Phaser.Math.Between(120, 520), 30, 0x4fc3f7, 0.8).setInteractive();
    bubble.on('pointerdown', () => {
      this.burst.explode(20, bubble.x, bubble.y);
      bubble.destroy();
      this.popped += 1;
      this.label.setText('Popped: ' + this.popped);
      this.spawn();
    });
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0d47a1', scene: BubbleScene });
