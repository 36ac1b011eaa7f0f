// Dirt under a HUD strip (the render texture starts at its top-left corner).
class Dig extends Phaser.Scene {
  preload() {}
  create() {
    this.dirt = this.add.renderTexture(0, 80, 800, 520).setOrigin(0, 0);
    this.dirt.fill(0x795548, 1);
    this.digger = this.add.circle(100, 200, 12, 0xffeb3b);
    this.add.text(16, 20, 'Dig!', { fontSize: '28px', color: '#ffffff' });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Dig });
