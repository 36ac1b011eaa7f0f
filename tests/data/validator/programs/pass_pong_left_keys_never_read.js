// Two-player Pong: W/S move the left paddle and Up/Down move the right paddle; a ball that gets past a paddle scores for the other player, and the first to 5 points wins.
class PongScene extends Phaser.Scene {
  constructor() { super({ key: 'Pong' }); }

  preload() {
    const g = this.add.graphics();
    g.fillStyle(0xffffff).fillRect(0, 0, 14, 90).generateTexture('paddle', 14, 90).clear();
    g.fillStyle(0xffffff).fillRect(0, 0, 14, 14).generateTexture('ball', 14, 14).destroy();
  }

  create() {
    this.physics.world.setBoundsCollision(false, false, true, true);
    for (let y = 10; y < 600; y += 30) this.add.rectangle(400, y, 4, 16, 0x666666);

    this.left = this.physics.add.image(40, 300, 'paddle').setImmovable(true).setCollideWorldBounds(true);
    this.right = this.physics.add.image(760, 300, 'paddle').setImmovable(true).setCollideWorldBounds(true);
    this.ball = this.physics.add.image(400, 300, 'ball').setCollideWorldBounds(true).setBounce(1);

    this.physics.add.collider(this.ball, [this.left, this.right], (ball, paddle) => {
      ball.setVelocityY(ball.body.velocity.y + (ball.y - paddle.y) * 4);
    });

    this.keys = this.input.keyboard.addKeys({ up: 'W', down: 'S' });
    this.cursors = this.input.keyboard.createCursorKeys();

    this.scores = { left: 0, right: 0 };
    this.scoreText = this.add.text(400, 40, '0   0', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
    this.serve(1);
  }

  serve(direction) {
    this.ball.setPosition(400, 300).setVelocity(0, 0);
    this.time.delayedCall(800, () => this.ball.setVelocity(320 * direction, 140));
  }

  movePaddle(paddle, keys) {
    if (keys.up.isDown) paddle.setVelocityY(-380);
    else if (keys.down.isDown) paddle.setVelocityY(380);
    else paddle.setVelocityY(0);
  }

  point(side) {
    this.scores[side]++;
    this.scoreText.setText(`${this.scores.left}   ${this.scores.right}`);
    if (this.scores[side] >= 5) {
      this.over = true;
      this.physics.pause();
      this.add.text(400, 300, `${side === 'left' ? 'LEFT' : 'RIGHT'} PLAYER WINS`, { fontSize: '44px', color: '#ffdd55' }).setOrigin(0.5);
      return;
    }
    this.serve(side === 'left' ? 1 : -1);
  }

  update() {
    if (this.over) return;
    this.movePaddle(this.left, this.keys);
    this.movePaddle(this.right, this.cursors);
    if (this.ball.x < -20) this.point('right');
    else if (this.ball.x > 820) this.point('left');
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#000000',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: [PongScene]
});
