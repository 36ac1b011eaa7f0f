// A fountain of sparks in the middle of the screen that keeps emitting, at most 20 particles at a time.
class Fountain extends Phaser.Scene {
  constructor() { super('fountain'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffffff).fillCircle(6, 6, 6);
    g.generateTexture('spark', 12, 12);
    g.destroy();
  }
  create() {
    this.add.particles(400, 300, 'spark', {
      speed: { min: 80, max: 200 }, angle: { min: 0, max: 360 }, lifespan: 1500,
      scale: { start: 1, end: 0 }, frequency: 100, quantity: 2, maxParticles: 20,
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Fountain });
