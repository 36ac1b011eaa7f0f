// Side-scrolling parallax: the camera glides right over a 4000 px world; clouds (0.2), hills (0.5) and trees (0.9) scroll at different speeds.
const W = 800;
const H = 600;
class ParallaxScene extends Phaser.Scene {
  constructor() { super('parallax'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xb3e5fc).fillRect(0, 0, 256, 256).fillStyle(0xffffff).fillEllipse(80, 60, 90, 30).generateTexture('clouds', 256, 256);
    g.clear().fillStyle(0x7cb342).fillTriangle(0, 200, 128, 40, 256, 200).generateTexture('hills', 256, 200);
    g.clear().fillStyle(0x2e7d32).fillRect(60, 40, 30, 120).fillStyle(0x5d4037).fillRect(70, 160, 10, 40).generateTexture('trees', 160, 200);
    g.destroy();
  }
  create() {
    this.layers = [
      [this.add.tileSprite(0, 0, W, H, 'clouds').setOrigin(0, 0), 0.2],
      [this.add.tileSprite(0, 300, W, 200, 'hills').setOrigin(0, 0), 0.5],
      [this.add.tileSprite(0, 400, W, 200, 'trees').setOrigin(0, 0), 0.9],
    ];
    this.cameras.main.setBounds(0, 0, 4000, H);
  }
  update() {
    const cam = this.cameras.main;
    cam.scrollX = (cam.scrollX + 3) % 3200;
    for (const [layer, factor] of this.layers) layer.tilePositionX = cam.scrollX * factor;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: W, height: H, backgroundColor: '#000000', scene: ParallaxScene });
