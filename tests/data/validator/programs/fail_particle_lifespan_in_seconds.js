// Click to set off a firework: 60 sparks burst out and fade over about a second.
class Fireworks extends Phaser.Scene {
  constructor() { super('fireworks'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffffff).fillCircle(4, 4, 4);
    g.generateTexture('spark', 8, 8);
    g.destroy();
  }
  create() {
    this.sparks = this.add.particles(0, 0, 'spark', {
      speed: { min: 100, max: 260 }, lifespan: { min: 0.8, max: 1.6 }, alpha: { start: 1, end: 0 },
      tint: [0xff4466, 0xffdd33, 0x66ccff], emitting: false,
    });
    this.input.on('pointerdown', (pointer) => this.sparks.explode(60, pointer.x, pointer.y));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000011', scene: Fireworks });
