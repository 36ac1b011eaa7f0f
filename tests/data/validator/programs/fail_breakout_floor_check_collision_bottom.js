// Breakout: the ball bounces off the top and the sides; if it falls past the paddle a life is lost
class Breakout extends Phaser.Scene {
  constructor() { super('breakout'); }
  create() {
    this.lives = 3;
    this.physics.world.checkCollision.bottom = false;
    this.paddle = this.add.rectangle(320, 440, 100, 14, 0xeceff1);
    this.physics.add.existing(this.paddle, true);
    this.ball = this.add.circle(320, 300, 8, 0xffca28);
    this.physics.add.existing(this.ball);
    this.ball.body.setCollideWorldBounds(true).setBounce(1).setVelocity(160, -200);
    this.physics.add.collider(this.ball, this.paddle);
    this.label = this.add.text(10, 10, '', { fontSize: '18px', color: '#ffffff' });
    this.input.on('pointermove', (p) => { this.paddle.x = Phaser.Math.Clamp(p.x, 50, 590); this.paddle.body.updateFromGameObject(); });
  }
  update() {
    if (this.ball.y > 470) {
      this.lives--;
      this.ball.body.reset(320, 300);
      this.ball.body.setVelocity(160, -200);
    }
    this.label.setText('Lives: ' + this.lives);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, backgroundColor: '#1a237e', physics: { default: 'arcade' }, scene: Breakout });
