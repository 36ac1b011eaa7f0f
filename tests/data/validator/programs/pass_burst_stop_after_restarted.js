// A fountain that keeps spraying: bursts of 10 sparks, a new burst every second.
class Fountain extends Phaser.Scene {
  constructor() { super('fountain'); }
  preload() {}
  create() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x99ddff, 1).fillCircle(6, 6, 6);
    g.generateTexture('spark', 12, 12);
    g.destroy();
    this.fountain = this.add.particles(400, 420, 'spark', {
      speedY: { min: -320, max: -220 }, speedX: { min: -60, max: 60 }, gravityY: 300, lifespan: 1800, frequency: 60, stopAfter: 10
    });
    this.time.addEvent({ delay: 1000, loop: true, callback: () => this.fountain.start() });
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000000', scene: Fountain });
