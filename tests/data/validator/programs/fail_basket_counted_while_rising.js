// Basketball: drag back from the ball and release to shoot it in an arc; a basket counts only when the ball drops down through the hoop; ten shots per game.
class CourtScene extends Phaser.Scene {
  constructor() {
    super('court');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xf77f00).fillCircle(12, 12, 12);
    g.lineStyle(2, 0x000000).strokeCircle(12, 12, 11);
    g.generateTexture('ball', 24, 24);
    g.destroy();
  }

  create() {
    this.start = new Phaser.Math.Vector2(150, 450);
    this.shots = 0;
    this.baskets = 0;
    this.scoredThisShot = false;
    this.aiming = false;
    this.inPlay = false;

    this.add.rectangle(680, 190, 10, 120, 0xffffff);
    this.add.rectangle(620, 250, 70, 4, 0xff4d00);
    const rims = this.physics.add.staticGroup();
    rims.add(this.add.circle(585, 250, 4, 0xff4d00));
    rims.add(this.add.circle(655, 250, 4, 0xff4d00));
    rims.add(this.add.rectangle(680, 190, 10, 120).setVisible(false));
    this.hoop = this.add.zone(620, 254, 56, 8);
    this.physics.add.existing(this.hoop, true);

    this.ball = this.physics.add.image(this.start.x, this.start.y, 'ball').setCircle(12);
    this.ball.setBounce(0.6).setCollideWorldBounds(true);
    this.ball.body.setAllowGravity(false);
    this.physics.add.collider(this.ball, rims);
    this.physics.add.overlap(this.ball, this.hoop, () => {
      if (!this.scoredThisShot && this.ball.body.velocity.y < 0) {
        this.scoredThisShot = true;
        this.baskets += 1;
        this.refresh();
      }
    });

    this.aimLine = this.add.graphics();
    this.hud = this.add.text(16, 16, '', { fontSize: '22px' });
    this.refresh();

    this.input.on('pointerdown', (p) => {
      if (!this.inPlay && this.shots < 10 && Phaser.Math.Distance.Between(p.x, p.y, this.ball.x, this.ball.y) < 40) this.aiming = true;
    });
    this.input.on('pointermove', (p) => {
      if (!this.aiming) return;
      this.aimLine.clear().lineStyle(3, 0xffffff).lineBetween(this.ball.x, this.ball.y, 2 * this.ball.x - p.x, 2 * this.ball.y - p.y);
    });
    this.input.on('pointerup', (p) => {
      if (!this.aiming) return;
      this.aiming = false;
      this.aimLine.clear();
      this.shoot((this.ball.x - p.x) * 4, (this.ball.y - p.y) * 4);
    });
  }

  shoot(vx, vy) {
    this.inPlay = true;
    this.scoredThisShot = false;
    this.shots += 1;
    this.ball.body.setAllowGravity(true);
    this.ball.setVelocity(vx, vy);
    this.time.delayedCall(3000, () => {
      this.ball.body.reset(this.start.x, this.start.y);
      this.ball.body.setAllowGravity(false);
      this.inPlay = false;
      this.refresh();
    });
  }

  refresh() {
    const over = this.shots >= 10 && !this.inPlay;
    this.hud.setText(over ? `Game over: ${this.baskets} / 10 baskets` : `Shot ${Math.min(this.shots + 1, 10)} / 10   Baskets: ${this.baskets}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#3d405b',
  physics: { default: 'arcade', arcade: { gravity: { y: 600 } } },
  scene: CourtScene
});
