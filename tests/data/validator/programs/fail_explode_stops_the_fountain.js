// a click bursts the flowing fountain itself with explode(): the fountain stops flowing for good
class Fountain extends Phaser.Scene {
  preload() {}

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x66ccff).fillCircle(3, 3, 3);
    g.generateTexture('drop', 6, 6);
    g.destroy();
    this.water = this.add.particles(400, 575, 'drop', { speedY: { min: -420, max: -320 }, speedX: { min: -60, max: 60 }, gravityY: 500, lifespan: 1500, frequency: 15 });
    this.input.on('pointerdown', (pointer) => this.water.explode(30, pointer.x - 400, pointer.y - 575));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Fountain });
