// Paper-toss basketball: press on the ball and flick upward to throw it at the hoop; a ball dropping through the hoop scores and the hoop moves, a miss ends the round showing the score and best score, and a tap retries.
const W = 480;
const H = 720;
const BALL_Y = 640;
const HOOP_Y = 300;
const HOOP_SPOTS = [240, 160, 320, 200, 280];

function create() {
  const g = this.add.graphics();
  g.fillStyle(0xff8c1a).fillCircle(24, 24, 24);
  g.lineStyle(3, 0x7a3b00).strokeCircle(24, 24, 22).lineBetween(2, 24, 46, 24).lineBetween(24, 2, 24, 46);
  g.generateTexture('ball', 48, 48);
  g.destroy();

  this.score = 0;
  this.over = false;
  this.thrown = false;
  this.aiming = false;
  this.scored = false;
  this.best = this.registry.get('best') || 0;

  this.board = this.add.rectangle(240, HOOP_Y - 60, 130, 90, 0xffffff).setStrokeStyle(4, 0xcc2222);
  this.rim = this.add.rectangle(240, HOOP_Y, 70, 8, 0xdd3311);
  this.net = this.add.zone(240, HOOP_Y + 8, 44, 12);
  this.physics.add.existing(this.net, true);

  this.ball = this.physics.add.image(W / 2, BALL_Y, 'ball');
  this.ball.body.setAllowGravity(false);
  this.ball.setInteractive(new Phaser.Geom.Circle(24, 24, 24), Phaser.Geom.Circle.Contains);

  this.scoreText = this.add.text(16, 16, 'Score: 0', { fontSize: '26px', color: '#ffffff' });
  this.bestText = this.add.text(W - 16, 16, 'Best: ' + this.best, { fontSize: '26px', color: '#ffd166' }).setOrigin(1, 0);
  this.info = this.add.text(W / 2, 470, 'Flick the ball up!', { fontSize: '26px', color: '#ffffff', align: 'center' }).setOrigin(0.5);

  this.physics.add.overlap(this.ball, this.net, () => {
    if (this.thrown && !this.scored && this.ball.body.velocity.y > 0) {
      this.scored = true;
      this.score += 1;
      this.scoreText.setText('Score: ' + this.score);
    }
  });

  this.ball.on('pointerdown', () => {
    if (!this.thrown && !this.over) this.aiming = true;
  });

  this.ball.on('pointerup', (pointer) => {
    if (!this.aiming) return;
    this.aiming = false;
    const dx = pointer.upX - pointer.downX;
    const dy = pointer.upY - pointer.downY;
    if (dy > -40) return;
    this.thrown = true;
    this.scored = false;
    this.info.setText('');
    this.ball.body.setAllowGravity(true);
    this.ball.setVelocity(Phaser.Math.Clamp(dx * 3, -400, 400), -950);
  });

  this.input.on('pointerdown', () => {
    if (this.over) this.scene.restart();
  });
}

function update() {
  if (!this.thrown || this.over) return;
  this.ball.angle += this.ball.body.velocity.x * 0.02;
  if (this.ball.y < H + 40) return;
  if (this.scored) {
    this.thrown = false;
    this.ball.setVelocity(0, 0).setPosition(W / 2, BALL_Y).setAngle(0);
    this.ball.body.setAllowGravity(false);
    const x = HOOP_SPOTS[this.score % HOOP_SPOTS.length];
    this.board.x = x;
    this.rim.x = x;
    this.net.setX(x);
    this.net.body.updateFromGameObject();
    this.info.setText('Nice shot!');
  } else {
    this.over = true;
    this.ball.body.setAllowGravity(false);
    this.ball.setVelocity(0, 0);
    this.best = Math.max(this.best, this.score);
    this.registry.set('best', this.best);
    this.bestText.setText('Best: ' + this.best);
    this.info.setText('Missed!\nScore ' + this.score + '   Best ' + this.best + '\nTap to retry');
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: W,
  height: H,
  backgroundColor: '#1d3557',
  physics: { default: 'arcade', arcade: { gravity: { y: 1200 } } },
  scene: { create, update }
});
