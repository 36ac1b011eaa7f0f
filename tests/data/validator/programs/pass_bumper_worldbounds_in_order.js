// Keep it up: bounce the ball with the paddle; every time it hits the floor you lose a life
class Keep extends Phaser.Scene {
  constructor() { super('keep'); }
  create() {
    this.lives = 3;
    this.ball = this.add.circle(320, 100, 10, 0xffee58);
    this.physics.add.existing(this.ball);
    this.ball.body.setCollideWorldBounds(true, 1, 1, true).setVelocity(140, 60);
    this.physics.world.on('worldbounds', (body, up, down, left, right) => {
      if (down) this.lives--;
    });
    this.paddle = this.add.rectangle(320, 440, 110, 14, 0xffffff);
    this.physics.add.existing(this.paddle, true);
    this.physics.add.collider(this.ball, this.paddle);
    this.input.on('pointermove', (p) => { this.paddle.x = p.x; this.paddle.body.updateFromGameObject(); });
    this.label = this.add.text(10, 10, '', { fontSize: '18px', color: '#ffffff' });
  }
  update() { this.label.setText('Lives: ' + this.lives); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, backgroundColor: '#0d47a1', physics: { default: 'arcade', arcade: { gravity: { y: 300 } } }, scene: Keep });
