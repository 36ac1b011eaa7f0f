// Make a ball move at a speed of 200 and bounce back whenever it hits the edge of the canvas
class Ball extends Phaser.Scene {
  create() {
    this.ball = this.add.circle(400, 300, 16, 0xffffff);
    this.physics.add.existing(this.ball);
    this.ball.body.setCollideWorldBounds(true);
    this.physics.velocityFromAngle(35, 200, this.ball.body.velocity);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Ball });
