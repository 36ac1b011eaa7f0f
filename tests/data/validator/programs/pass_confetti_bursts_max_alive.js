// Party popper: every click pops a burst of confetti where you clicked
class Party extends Phaser.Scene {
  constructor() { super('party'); }
  create() {
    const g = this.add.graphics().fillStyle(0xffffff, 1).fillRect(0, 0, 6, 10);
    g.generateTexture('confetti', 6, 10);
    g.destroy();
    this.popper = this.add.particles(0, 0, 'confetti', {
      emitting: false,
      lifespan: 1200,
      speed: { min: 80, max: 260 },
      angle: { min: 200, max: 340 },
      gravityY: 300,
      tint: [0xff4081, 0xffeb3b, 0x00e5ff, 0x76ff03],
      maxAliveParticles: 150,
    });
    this.pops = 0;
    this.label = this.add.text(10, 10, 'Pops: 0', { fontSize: '20px', color: '#ffffff' });
    this.input.on('pointerdown', (p) => {
      this.popper.explode(60, p.x, p.y);
      this.pops++;
      this.label.setText('Pops: ' + this.pops);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, backgroundColor: '#311b92', scene: Party });
