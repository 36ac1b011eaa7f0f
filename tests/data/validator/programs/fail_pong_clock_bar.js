// Pong against the computer: the player moves the left paddle with W/S, the right paddle follows the ball at most 260 px/s, a point is scored when the ball passes a paddle, and a match lasts 60 seconds; a bar at the top starts full and shrinks to nothing as the match time runs out, then the higher score wins.
class PongScene extends Phaser.Scene {
  constructor() {
    super({ key: 'pong' });
  }

  create() {
    this.left = this.add.rectangle(30, 300, 14, 90, 0xffffff);
    this.right = this.add.rectangle(770, 300, 14, 90, 0xffffff);
    this.ball = this.add.rectangle(400, 300, 14, 14, 0xffee66);
    [this.left, this.right].forEach((p) => {
      this.physics.add.existing(p);
      p.body.setImmovable(true).setCollideWorldBounds(true);
    });
    this.physics.add.existing(this.ball);
    this.ball.body.setBounce(1, 1).setCollideWorldBounds(true);
    this.physics.world.setBoundsCollision(false, false, true, true);
    this.physics.add.collider(this.ball, [this.left, this.right], this.onPaddle, null, this);

    this.scores = [0, 0];
    this.scoreText = this.add.text(400, 40, '0   0', { fontSize: '36px', color: '#ffffff' }).setOrigin(0.5);
    this.add.rectangle(200, 10, 400, 10, 0x333344).setOrigin(0, 0.5);
    this.bar = this.add.rectangle(200, 10, 400, 10, 0x44ddff).setOrigin(0, 0.5);
    this.banner = this.add.text(400, 300, '', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);

    this.keys = this.input.keyboard.addKeys('W,S');
    this.playing = true;
    this.matchTimer = this.time.delayedCall(60000, this.endMatch, [], this);
    this.serve(Math.random() < 0.5 ? -1 : 1);
  }

  serve(direction) {
    this.ball.body.reset(400, 300);
    const vy = Phaser.Math.Between(-160, 160);
    this.ball.body.setVelocity(300 * direction, vy);
  }

  onPaddle(ball, paddle) {
    const offset = (ball.y - paddle.y) / 45;
    const speed = Math.min(Math.abs(ball.body.velocity.x) + 15, 600);
    ball.body.setVelocity(paddle === this.left ? speed : -speed, offset * 260);
  }

  endMatch() {
    this.playing = false;
    this.ball.body.stop();
    const [a, b] = this.scores;
    this.banner.setText(a === b ? 'DRAW' : (a > b ? 'YOU WIN' : 'COMPUTER WINS'));
  }

  update() {
    this.bar.setScale(this.matchTimer.getProgress(), 1);
    if (!this.playing) {
      this.left.body.setVelocityY(0);
      this.right.body.setVelocityY(0);
      return;
    }
    if (this.keys.W.isDown) this.left.body.setVelocityY(-380);
    else if (this.keys.S.isDown) this.left.body.setVelocityY(380);
    else this.left.body.setVelocityY(0);

    const dy = this.ball.y - this.right.y;
    this.right.body.setVelocityY(Math.abs(dy) < 8 ? 0 : Math.sign(dy) * 260);

    if (this.ball.x < -20) {
      this.scores[1]++;
      this.scoreText.setText(this.scores[0] + '   ' + this.scores[1]);
      this.serve(1);
    } else if (this.ball.x > 820) {
      this.scores[0]++;
      this.scoreText.setText(this.scores[0] + '   ' + this.scores[1]);
      this.serve(-1);
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#101020',
  physics: { default: 'arcade', arcade: { gravity: { x: 0, y: 0 } } },
  scene: PongScene
};

new Phaser.Game(config);
