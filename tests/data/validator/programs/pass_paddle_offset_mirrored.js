// Breakout: move the paddle with the mouse or arrow keys, launch the ball with a click or Space; the ball leaves the paddle at an angle set by where it hits (right side sends it right), and breaking every brick wins.
class Breakout extends Phaser.Scene {
  constructor() { super('Breakout'); }

  create() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xffffff).fillRoundedRect(0, 0, 104, 16, 6).generateTexture('paddle', 104, 16).clear();
    g.fillStyle(0xffffff).fillCircle(8, 8, 8).generateTexture('ball', 16, 16).clear();
    g.fillStyle(0xffffff).fillRect(0, 0, 60, 22).generateTexture('brick', 60, 22).destroy();

    this.physics.world.setBoundsCollision(true, true, true, false);
    const colours = [0xff5555, 0xffaa33, 0xffee44, 0x55dd77, 0x4fa8ff];
    this.bricks = this.physics.add.staticGroup();
    for (let row = 0; row < 5; row++) {
      for (let col = 0; col < 10; col++) {
        this.bricks.create(85 + col * 70, 90 + row * 30, 'brick').setTint(colours[row]);
      }
    }

    this.paddle = this.physics.add.image(400, 550, 'paddle').setImmovable(true);
    this.ball = this.physics.add.image(400, 534, 'ball').setCollideWorldBounds(true).setBounce(1);
    this.ball.setData('onPaddle', true);

    this.score = 0;
    this.lives = 3;
    this.hud = this.add.text(16, 16, '', { fontSize: '20px', color: '#ffffff' });
    this.updateHud();

    this.physics.add.collider(this.ball, this.bricks, this.hitBrick, null, this);
    this.physics.add.collider(this.ball, this.paddle, this.hitPaddle, null, this);

    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.on('pointermove', pointer => {
      this.paddle.x = Phaser.Math.Clamp(pointer.x, 52, 748);
    });
    this.input.on('pointerdown', this.launch, this);
    this.input.keyboard.on('keydown-SPACE', this.launch, this);
  }

  launch() {
    if (this.ball.getData('onPaddle') && !this.gameOver) {
      this.ball.setData('onPaddle', false);
      this.ball.setVelocity(-80, -320);
    }
  }

  hitBrick(ball, brick) {
    brick.disableBody(true, true);
    this.score += 10;
    this.updateHud();
    if (this.bricks.countActive() === 0) this.finish('YOU WIN!');
  }

  hitPaddle(ball, paddle) {
    const offset = ball.x - paddle.x;
    ball.setVelocityX(offset * 6);
  }

  resetBall() {
    this.ball.setVelocity(0, 0);
    this.ball.setPosition(this.paddle.x, 534);
    this.ball.setData('onPaddle', true);
  }

  finish(message) {
    this.gameOver = true;
    this.physics.pause();
    this.add.text(400, 320, message, { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
  }

  updateHud() {
    this.hud.setText(`Score: ${this.score}   Lives: ${this.lives}`);
  }

  update() {
    if (this.gameOver) return;
    if (this.cursors.left.isDown) this.paddle.x = Math.max(52, this.paddle.x - 8);
    else if (this.cursors.right.isDown) this.paddle.x = Math.min(748, this.paddle.x + 8);

    if (this.ball.getData('onPaddle')) {
      this.ball.x = this.paddle.x;
    } else if (this.ball.y > 620) {
      this.lives--;
      this.updateHud();
      if (this.lives === 0) this.finish('GAME OVER');
      else this.resetBall();
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#101020',
  physics: { default: 'arcade' },
  scene: Breakout
});
