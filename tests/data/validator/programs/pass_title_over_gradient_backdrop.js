// A title in the top-right corner over a gradient backdrop drawn first.
class Title extends Phaser.Scene {
  preload() {}
  create() {
    const { width, height } = this.scale;
    const bg = this.add.graphics();
    bg.fillGradientStyle(0x1e3c72, 0x1e3c72, 0x2a5298, 0x2a5298, 1);
    bg.fillRect(0, 0, width, height);
    this.add.text(width - 24, 24, 'Hello Phaser', { fontSize: '64px', color: '#ffffff' }).setOrigin(1, 0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Title });
