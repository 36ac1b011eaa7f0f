// update() writes the paddle's position every frame, but always the same one (the key handling was never
// written): the picture never changes. It runs without an error, so only a warning says so.
class PaddleScene extends Phaser.Scene {
  preload() {}

  create() {
    this.paddle = this.add.rectangle(400, 550, 120, 20, 0xffffff);
    this.ball = this.add.circle(400, 300, 10, 0xff5500);
    this.startX = 400;
  }

  update() {
    this.paddle.x = this.startX;
    this.ball.y = 300;
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: PaddleScene });
