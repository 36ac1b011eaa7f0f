// Pong against a wall: W/S move the paddle on the left, the ball bounces off the paddle and the other three walls.
class PongScene extends Phaser.Scene {
  constructor() { super('pong'); }
  preload() {}
  create() {
    this.paddle = this.add.rectangle(40, 300, 16, 110, 0xffffff);
    this.physics.add.existing(this.paddle);
    this.paddle.body.setCollideWorldBounds(true).setImmovable(true);
    this.ball = this.add.circle(400, 300, 10, 0xffcc00);
    this.physics.add.existing(this.ball);
    this.ball.body.setCollideWorldBounds(true).setBounce(1, 1).setVelocity(-320, 140);
    this.physics.world.checkCollision.left = false;
    this.physics.add.collider(this.ball, this.paddle, () => { this.hits += 1; this.hud.setText('Hits: ' + this.hits); });
    this.hits = 0;
    this.hud = this.add.text(600, 20, 'Hits: 0', { fontSize: '22px', color: '#ffffff' });
    this.keys = this.input.keyboard.addKeys('W,S');
  }
  update() {
    if (this.keys.W.isDown) this.paddle.body.setVelocityY(-360);
    else if (this.keys.S.isDown) this.paddle.body.setVelocityY(360);
    else this.paddle.body.setVelocityY(0);
    if (this.ball.x < -20) { this.ball.setPosition(400, 300); this.ball.body.setVelocity(-320, 140); }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#111122',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } }, scene: PongScene });
