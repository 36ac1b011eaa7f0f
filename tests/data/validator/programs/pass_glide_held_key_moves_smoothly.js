// Move the paddle smoothly left and right while the arrow keys are held
class Glide extends Phaser.Scene {
  create() {
    this.paddle = this.add.rectangle(400, 560, 120, 16, 0xffffff);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    if (this.cursors.left.isDown) this.paddle.x -= 6;
    if (this.cursors.right.isDown) this.paddle.x += 6;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Glide });
