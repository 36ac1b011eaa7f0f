// A palette of twelve swatches around the colour wheel; click one to paint the big square with it
class Swatches extends Phaser.Scene {
  create() {
    this.square = this.add.rectangle(400, 420, 200, 200, 0xffffff);
    for (let i = 0; i < 12; i++) {
      const colour = Phaser.Display.Color.HSVToRGB(i * 30, 1, 1).color;
      this.add.rectangle(70 + i * 60, 120, 50, 50, colour).setInteractive().on('pointerdown', () => this.square.setFillStyle(colour));
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Swatches });
