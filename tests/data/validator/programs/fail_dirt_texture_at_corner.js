// Dirt under a HUD strip that the digger erases as it goes: the render texture has no setOrigin, so since 3.60 it
// is centred on (0, 80) and only a quarter of it is on the screen.
class Dig extends Phaser.Scene {
  preload() {}
  create() {
    this.dirt = this.add.renderTexture(0, 80, 800, 520);
    this.dirt.fill(0x795548, 1);
    this.digger = this.add.circle(100, 200, 12, 0xffeb3b);
    this.add.text(16, 20, 'Dig!', { fontSize: '28px', color: '#ffffff' });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Dig });
