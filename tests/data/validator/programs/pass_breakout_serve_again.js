// Breakout: move the paddle with LEFT/RIGHT, the ball rests on the paddle until SPACE launches it, 5 rows of 10 bricks give 10 points each, and a ball that falls past the paddle costs one of 3 lives and returns to rest on the paddle until SPACE is pressed again; losing all lives shows GAME OVER.
class Breakout extends Phaser.Scene {
  constructor() {
    super({ key: 'breakout' });
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffffff, 1).fillRoundedRect(0, 0, 100, 16, 6);
    g.generateTexture('paddle', 100, 16);
    g.clear().fillStyle(0xffffff, 1).fillCircle(8, 8, 8);
    g.generateTexture('ball', 16, 16);
    g.clear().fillStyle(0xffffff, 1).fillRect(0, 0, 64, 24);
    g.generateTexture('brick', 64, 24);
    g.destroy();

    this.physics.world.setBoundsCollision(true, true, true, false);

    this.bricks = this.physics.add.staticGroup();
    const colours = [0xe74c3c, 0xe67e22, 0xf1c40f, 0x2ecc71, 0x3498db];
    for (let row = 0; row < 5; row++) {
      for (let col = 0; col < 10; col++) {
        const b = this.bricks.create(112 + col * 64, 90 + row * 28, 'brick');
        b.setTint(colours[row]);
      }
    }

    this.paddle = this.physics.add.image(400, 550, 'paddle').setImmovable(true);
    this.paddle.body.setAllowGravity(false);
    this.paddle.setCollideWorldBounds(true);

    this.ball = this.physics.add.image(400, 530, 'ball');
    this.ball.setCollideWorldBounds(true).setBounce(1);
    this.ball.body.setCircle(8);

    this.physics.add.collider(this.ball, this.paddle, this.hitPaddle, null, this);
    this.physics.add.collider(this.ball, this.bricks, this.hitBrick, null, this);

    this.score = 0;
    this.lives = 3;
    this.launched = false;
    this.over = false;
    this.hud = this.add.text(16, 16, '', { fontSize: '20px', color: '#ffffff' });
    this.centre = this.add.text(400, 380, 'SPACE to launch', { fontSize: '26px', color: '#ffff88' }).setOrigin(0.5);
    this.updateHud();

    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-SPACE', this.launch, this);
  }

  launch() {
    if (this.launched || this.over) return;
    this.launched = true;
    this.centre.setText('');
    this.ball.setVelocity(Phaser.Math.Between(-120, 120), -340);
  }

  hitPaddle(ball, paddle) {
    const diff = ball.x - paddle.x;
    ball.setVelocityX(diff * 6);
  }

  hitBrick(ball, brick) {
    brick.disableBody(true, true);
    this.score += 10;
    this.updateHud();
    if (this.bricks.countActive() === 0) {
      this.over = true;
      this.ball.setVelocity(0, 0);
      this.centre.setText('YOU WIN!');
    }
  }

  resetBall() {
    this.launched = false;
    this.ball.setVelocity(0, 0);
    this.ball.setPosition(this.paddle.x, this.paddle.y - 20);
  }

  updateHud() {
    this.hud.setText('Score: ' + this.score + '   Lives: ' + this.lives);
  }

  update() {
    if (this.over) {
      this.paddle.setVelocityX(0);
      return;
    }
    if (this.cursors.left.isDown) this.paddle.setVelocityX(-420);
    else if (this.cursors.right.isDown) this.paddle.setVelocityX(420);
    else this.paddle.setVelocityX(0);

    if (!this.launched) {
      this.ball.setPosition(this.paddle.x, this.paddle.y - 20);
      return;
    }

    if (this.ball.y > 620) {
      this.lives--;
      this.updateHud();
      if (this.lives <= 0) {
        this.over = true;
        this.ball.setVelocity(0, 0);
        this.centre.setText('GAME OVER');
      } else {
        this.resetBall();
        this.centre.setText('SPACE to launch');
      }
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#14141e',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: [Breakout]
};

new Phaser.Game(config);
