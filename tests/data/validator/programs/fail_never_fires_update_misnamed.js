// The scene's frame method is named 'Update': Phaser calls 'update', so the paddle never follows the keys.
class PaddleScene extends Phaser.Scene {
  constructor() { super('paddle'); }
  preload() {}
  create() {
    this.paddle = this.add.rectangle(400, 560, 120, 16, 0xf1faee);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  Update() {
    if (this.cursors.left.isDown) this.paddle.x -= 6;
    if (this.cursors.right.isDown) this.paddle.x += 6;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1d3557', scene: PaddleScene });
