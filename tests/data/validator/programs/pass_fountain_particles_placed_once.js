// A fountain spraying droplets up from the basin (the emitter is placed there; its config gives no position).
class Fountain extends Phaser.Scene {
  preload() {}
  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x66ccff, 1).fillCircle(4, 4, 4);
    g.generateTexture('drop', 8, 8);
    g.destroy();
    this.add.rectangle(400, 575, 300, 50, 0x555577);
    this.add.particles(400, 560, 'drop', {
      speedY: { min: -520, max: -420 },
      speedX: { min: -80, max: 80 },
      gravityY: 600,
      lifespan: 1600,
      frequency: 30,
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Fountain });
