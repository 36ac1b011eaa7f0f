// The coin is drawn where it should appear on screen (400, 300) and then turned into a 40x40 texture: the texture
// covers 0..40 only, so it is empty and every coin sprite made from it is invisible.
class CoinScene extends Phaser.Scene {
  constructor() { super('coins'); }
  preload() {}
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffd166, 1);
    g.fillCircle(400, 300, 20);
    g.lineStyle(2, 0xf77f00, 1);
    g.strokeCircle(400, 300, 20);
    g.generateTexture('coin', 40, 40);
    g.destroy();
    for (let i = 0; i < 5; i++) this.add.image(120 + i * 140, 300, 'coin');
    this.add.text(16, 16, 'Collect the coins', { fontSize: '20px', color: '#ffffff' });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1b4332', scene: CoinScene });
