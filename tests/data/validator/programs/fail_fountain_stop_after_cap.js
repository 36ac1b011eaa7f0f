// A fountain in the middle of the screen that keeps spraying sparks, never more than 10 at once.
const SPARK_CAP = 10;
class Fountain extends Phaser.Scene {
  constructor() { super('fountain'); }
  preload() {}
  create() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x99ddff, 1).fillCircle(6, 6, 6);
    g.generateTexture('spark', 12, 12);
    g.destroy();
    this.fountain = this.add.particles(400, 420, 'spark', {
      speedY: { min: -320, max: -220 },
      speedX: { min: -60, max: 60 },
      gravityY: 300,
      lifespan: 1800,
      frequency: 90,
      scale: { start: 1, end: 0.3 },
      stopAfter: SPARK_CAP
    });
    this.count = this.add.text(16, 16, '', { fontSize: '20px', color: '#ffffff' });
  }
  update() {
    this.count.setText('sparks: ' + this.fountain.getAliveParticleCount());
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000000', scene: Fountain });
