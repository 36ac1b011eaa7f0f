// Pinball bumpers: click above the table to drop a ball (3 balls); round bumpers kick the ball away, flash and add 100 points on every hit, and a ball that falls through the drain at the bottom is lost.
class BumperTable extends Phaser.Scene {
  constructor() {
    super('BumperTable');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xcfd8dc).fillCircle(10, 10, 10).generateTexture('ball', 20, 20);
    g.clear().fillStyle(0xff3d7f).fillCircle(28, 28, 28).fillStyle(0xffffff).fillCircle(28, 28, 12);
    g.generateTexture('bumper', 56, 56);
    g.destroy();

    this.matter.world.setBounds(0, 0, 480, 640, 32, true, true, true, false);
    this.matter.add.rectangle(60, 560, 160, 16, { isStatic: true, angle: 0.45 });
    this.matter.add.rectangle(420, 560, 160, 16, { isStatic: true, angle: -0.45 });

    this.bumpers = [[160, 220], [320, 220], [240, 340], [120, 420], [360, 420]].map(([x, y]) =>
      this.matter.add.image(x, y, 'bumper', null, { isStatic: true, shape: { type: 'circle', radius: 28 }, restitution: 0.9 })
    );

    this.score = 0;
    this.ballsLeft = 3;
    this.balls = [];
    this.scoreText = this.add.text(16, 12, 'Score: 0', { fontSize: '20px', color: '#ffffff' });
    this.ballsText = this.add.text(464, 12, 'Balls: 3', { fontSize: '20px', color: '#ffffff' }).setOrigin(1, 0);

    this.input.on('pointerdown', (pointer) => {
      if (this.ballsLeft <= 0 || this.balls.length > 0 || pointer.y > 150) return;
      const ball = this.matter.add.image(Phaser.Math.Clamp(pointer.x, 50, 430), 60, 'ball');
      ball.setCircle(10).setBounce(0.6).setFriction(0.001);
      this.balls.push(ball);
    });

    this.matter.world.on('collisionstart', (event) => {
      event.pairs.forEach((pair) => {
        const goA = pair.bodyA.gameObject;
        const goB = pair.bodyB.gameObject;
        const bumper = this.bumpers.includes(goA) ? goA : this.bumpers.includes(goB) ? goB : null;
        if (!bumper) return;
        const ball = bumper === goA ? goB : goA;
        if (!ball || !this.balls.includes(ball)) return;
        this.hitBumper(bumper, ball);
      });
    });
  }

  hitBumper(bumper, ball) {
    const away = new Phaser.Math.Vector2(ball.x - bumper.x, ball.y - bumper.y).normalize().scale(9);
    ball.setVelocity(away.x, away.y);
    this.score += 100;
    this.scoreText.setText(`Score: ${this.score}`);
    bumper.setTintFill(0xffffff);
    this.time.delayedCall(80, () => bumper.clearTint());
  }

  update() {
    this.balls = this.balls.filter((ball) => {
      if (ball.y < 680) return true;
      ball.destroy();
      this.ballsLeft -= 1;
      this.ballsText.setText(this.ballsLeft > 0 ? `Balls: ${this.ballsLeft}` : 'Game over');
      return false;
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 480,
  height: 640,
  backgroundColor: '#1a1033',
  physics: { default: 'matter', matter: { gravity: { y: 1 } } },
  scene: BumperTable
});
