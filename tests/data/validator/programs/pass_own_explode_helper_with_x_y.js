// Fireworks: click to launch a rocket; it bursts into sparks at the top of its flight
class Fireworks extends Phaser.Scene {
  constructor() { super('fireworks'); }
  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffffff).fillCircle(3, 3, 3).generateTexture('spark', 6, 6);
    g.destroy();
    this.sparks = this.add.particles(0, 0, 'spark', { speed: { min: 60, max: 220 }, lifespan: 900, scale: { start: 1, end: 0 }, emitting: false });
    this.input.on('pointerdown', (p) => {
      const rocket = this.add.circle(p.x, 590, 4, 0xffeb3b);
      this.tweens.add({ targets: rocket, y: 150, duration: 900, ease: 'Quad.easeOut', onComplete: () => {
        this.explode(rocket.x, rocket.y, Phaser.Display.Color.RandomRGB().color);
        rocket.destroy();
      } });
    });
  }
  explode(x, y, colour) {
    this.sparks.setParticleTint(colour);
    this.sparks.explode(60, x, y);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000814', scene: Fireworks });
