// Click the night sky to launch a firework burst of coloured sparks at the click point.
class Fireworks extends Phaser.Scene {
  constructor() { super('fireworks'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffffff, 1).fillCircle(4, 4, 4);
    g.generateTexture('spark', 8, 8);
    g.destroy();
  }
  create() {
    this.sparks = this.add.particles(0, 0, 'spark', {
      speed: { min: 80, max: 240 }, lifespan: 1200, scale: { start: 1, end: 0 },
      tint: [0xff4466, 0xffdd33, 0x44ff88], emitting: false,
    });
    this.paintSky();
    this.input.on('pointerdown', (pointer) => this.sparks.explode(40, pointer.x, pointer.y));
  }
  paintSky() {
    const sky = this.add.graphics();
    [0x020214, 0x060a2a, 0x0c1440, 0x141c58].forEach((colour, i) => {
      sky.fillStyle(colour, 1);
      sky.fillRect(0, i * 150, 800, 150);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Fireworks });
