// A cat walks to and fro along a long shelf, turning at each end of the shelf
class Shelf extends Phaser.Scene {
  create() {
    this.add.graphics().fillStyle(0x996633).fillRect(0, 0, 32, 16).generateTexture('plank', 32, 16).destroy();
    const shelf = this.add.image(400, 400, 'plank').setScale(12, 1);
    const half = shelf.width / 2;
    this.cat = this.add.rectangle(400, 380, 24, 24, 0xffaa00);
    this.tweens.add({ targets: this.cat, x: { from: shelf.x - half + 12, to: shelf.x + half - 12 }, duration: 3000, yoyo: true, repeat: -1 });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Shelf });
