// Pinball: press Left/Right (or tap the left/right half of the screen) to flip the flippers and kick the ball back up, bumpers score 100 per hit, a ball that falls between the flippers is lost, three balls per game, then game over with the best score and Space or a tap to play again.
const W = 400;
const H = 700;
const FLIPPER_Y = 620;

class PinballScene extends Phaser.Scene {
  constructor() {
    super('Pinball');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xdee2e6).fillCircle(12, 12, 12).fillStyle(0xffffff).fillCircle(8, 8, 4);
    g.generateTexture('ball', 24, 24);
    g.destroy();

    this.score = 0;
    this.lives = 3;
    this.over = false;
    this.walls = this.physics.add.staticGroup();
    [[5, H / 2, 10, H], [W - 5, H / 2, 10, H], [W / 2, 5, W, 10]].forEach(([x, y, w, h]) => {
      this.walls.add(this.add.rectangle(x, y, w, h, 0x495057));
    });
    this.flippers = this.physics.add.staticGroup();
    this.left = this.add.rectangle(10, FLIPPER_Y, 155, 16, 0xf03e3e).setOrigin(0, 0.5);
    this.right = this.add.rectangle(W - 10, FLIPPER_Y, 155, 16, 0xf03e3e).setOrigin(1, 0.5);
    this.flippers.addMultiple([this.left, this.right]);
    this.bumpers = this.physics.add.staticGroup();
    [[120, 230], [280, 230], [200, 350]].forEach(([x, y]) => {
      const b = this.add.circle(x, y, 26, 0x7048e8).setStrokeStyle(4, 0xe5dbff);
      this.bumpers.add(b);
      b.body.setCircle(26);
    });

    this.balls = this.physics.add.group({ bounceX: 0.7, bounceY: 0.7 });
    this.serve();
    this.physics.add.collider(this.ball, this.walls);
    this.physics.add.collider(this.ball, this.flippers);
    this.physics.add.collider(this.ball, this.bumpers, (ball, bumper) => this.hitBumper(ball, bumper));

    this.hud = this.add.text(16, 16, '', { fontSize: '22px', color: '#ffffff' }).setDepth(5);
    this.banner = this.add.text(W / 2, 460, '', { fontSize: '30px', color: '#ffd43b', align: 'center' }).setOrigin(0.5);
    this.updateHud();
    this.input.keyboard.on('keydown-LEFT', () => this.flip(this.left, 1));
    this.input.keyboard.on('keydown-RIGHT', () => this.flip(this.right, -1));
    this.input.keyboard.on('keydown-SPACE', () => { if (this.over) this.scene.restart(); });
    this.input.on('pointerdown', (pointer) => {
      if (this.over) this.scene.restart();
      else if (pointer.x < W / 2) this.flip(this.left, 1);
      else this.flip(this.right, -1);
    });
  }

  serve() {
    this.ball = this.balls.create(W / 2, 80, 'ball');
    this.ball.setCircle(12).setVelocity(Phaser.Math.Between(-150, 150), 0);
  }

  flip(flipper, dir) {
    if (this.over) return;
    this.tweens.add({ targets: flipper, angle: -30 * dir, duration: 70, yoyo: true });
    const b = this.ball;
    const fromPivot = (b.x - flipper.x) * dir;
    if (fromPivot > 0 && fromPivot < 175 && b.y > FLIPPER_Y - 60 && b.y < FLIPPER_Y) {
      b.setVelocity(dir * (60 + fromPivot * 1.5), -750);
    }
  }

  hitBumper(ball, bumper) {
    this.score += 100;
    this.updateHud();
    this.tweens.add({ targets: bumper, scale: 1.2, duration: 60, yoyo: true });
  }

  updateHud() {
    this.hud.setText('Score: ' + this.score + '   Balls: ' + this.lives);
  }

  update() {
    if (this.over || this.ball.y < H + 30) return;
    this.ball.destroy();
    this.lives -= 1;
    this.updateHud();
    if (this.lives > 0) {
      this.serve();
      return;
    }
    this.over = true;
    const best = Math.max(this.registry.get('best') || 0, this.score);
    this.registry.set('best', best);
    this.banner.setText('GAME OVER\nScore ' + this.score + '   Best ' + best + '\nTap or Space to play again');
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: W,
  height: H,
  backgroundColor: '#212529',
  physics: { default: 'arcade', arcade: { gravity: { y: 600 } } },
  scene: PinballScene
});
