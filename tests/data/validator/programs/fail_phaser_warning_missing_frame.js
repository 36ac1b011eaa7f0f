// The coin texture is one generated image, but the sprite asks for its frame 2 as if it were a sprite sheet: Phaser
// warns that the texture has no such frame and the animation the code means never shows.
class CoinScene extends Phaser.Scene {
  constructor() { super('coin'); }
  preload() {}
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffd166, 1).fillCircle(16, 16, 16);
    g.generateTexture('coin', 32, 32);
    g.destroy();
    this.coin = this.add.sprite(400, 300, 'coin', 2).setScale(2);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#003049', scene: CoinScene });
