// Sparks should burst only on click, but `on: false` is the pre-3.60 key (now `emitting`): the emitter streams from the start.
class Sparks extends Phaser.Scene {
  constructor() { super('sparks'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xffcc00).fillCircle(4, 4, 4);
    g.generateTexture('spark', 8, 8);
    g.destroy();
  }
  create() {
    this.emitter = this.add.particles(0, 0, 'spark', { speed: { min: 80, max: 200 }, lifespan: 600, scale: { start: 1, end: 0 }, on: false });
    this.input.on('pointerdown', (p) => this.emitter.explode(30, p.x, p.y));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Sparks });
