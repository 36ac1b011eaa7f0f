// Six tiles drawn from a 128 px texture are shown at 48 px each in a row
const TEX = 128;
const SIZE = 48;
class Tiles extends Phaser.Scene {
  create() {
    this.add.graphics().fillStyle(0x44aaff).fillRect(0, 0, TEX, TEX).generateTexture('tile', TEX, TEX).destroy();
    const tiles = [];
    for (let i = 0; i < 6; i++) tiles.push(this.add.image(150 + i * 100, 300, 'tile'));
    Phaser.Actions.SetScale(tiles, SIZE / TEX);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Tiles });
