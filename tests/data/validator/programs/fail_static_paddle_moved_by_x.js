// Breakout: the paddle follows the mouse along the bottom and the ball bounces off it and the walls.
class Breakout extends Phaser.Scene {
  constructor() { super('breakout'); }
  preload() {}
  create() {
    this.paddle = this.add.rectangle(400, 560, 140, 16, 0xeeeeee);
    this.physics.add.existing(this.paddle, true);
    this.ball = this.add.circle(400, 300, 10, 0xffcc00);
    this.physics.add.existing(this.ball);
    this.ball.body.setCollideWorldBounds(true).setBounce(1).setVelocity(160, 220);
    this.physics.add.collider(this.ball, this.paddle);
    this.input.on('pointermove', (pointer) => { this.paddle.x = Phaser.Math.Clamp(pointer.x, 70, 730); });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Breakout });
