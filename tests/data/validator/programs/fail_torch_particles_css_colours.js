// A torch whose sparks fade from yellow to red; the emitter's colour ramp is given as CSS strings, which Phaser reads
// as numbers, so every spark is tinted black.
class Torch extends Phaser.Scene {
  constructor() { super('torch'); }
  preload() {}
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffffff, 1).fillCircle(4, 4, 4);
    g.generateTexture('spark', 8, 8);
    g.destroy();
    this.add.rectangle(400, 470, 24, 140, 0x6d4c41);
    this.sparks = this.add.particles(400, 400, 'spark', {
      speed: { min: 30, max: 90 },
      angle: { min: 240, max: 300 },
      lifespan: 900,
      scale: { start: 1, end: 0 },
      color: ['#ffee58', '#ff9800', '#e53935'],
      blendMode: 'ADD',
      frequency: 40
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#101018', scene: Torch });
