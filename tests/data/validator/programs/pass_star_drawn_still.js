// Draw a yellow five-pointed star in the middle of the screen with a white outline
class Star extends Phaser.Scene {
  create() {
    this.add.star(400, 300, 5, 40, 100, 0xffdd00).setStrokeStyle(4, 0xffffff);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Star });
