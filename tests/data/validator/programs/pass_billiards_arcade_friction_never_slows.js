// Top-down billiards: drag back from the white cue ball and release to strike it; balls bounce off the cushions and each other, roll to a stop, object balls that drop into a pocket score a point, and a new shot is allowed only once every ball has stopped.
const POCKETS = [[60, 60], [400, 52], [740, 60], [60, 440], [400, 448], [740, 440]];
const STOP_SPEED = 5;

function makeBall(scene, x, y, texture) {
  const ball = scene.balls.create(x, y, texture);
  ball.setCircle(12);
  ball.setBounce(0.9);
  ball.setCollideWorldBounds(true);
  ball.setDamping(true).setDrag(0.35);
  return ball;
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 500,
  backgroundColor: '#3b2414',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: {
    create() {
      const g = this.add.graphics();
      [['cue', 0xffffff], ['red', 0xdd2222], ['pocket', 0x000000]].forEach(([key, colour]) => {
        const r = key === 'pocket' ? 22 : 12;
        g.clear().fillStyle(colour).fillCircle(r, r, r).generateTexture(key, r * 2, r * 2);
      });
      g.clear().fillStyle(0x1e7a3c).fillRect(60, 60, 680, 380);
      this.aimLine = this.add.graphics();

      this.physics.world.setBounds(60, 60, 680, 380);
      this.pockets = this.physics.add.staticGroup();
      POCKETS.forEach(([x, y]) => this.pockets.create(x, y, 'pocket').setCircle(22));

      this.balls = this.physics.add.group();
      this.cue = makeBall(this, 200, 250, 'cue');
      let n = 0;
      for (let col = 0; col < 3; col++) {
        for (let row = 0; row <= col; row++) {
          makeBall(this, 540 + col * 22, 250 + (row - col / 2) * 25, 'red');
          n++;
        }
      }
      this.remaining = n;
      this.score = 0;
      this.shotReady = true;

      this.physics.add.collider(this.balls, this.balls);
      this.physics.add.overlap(this.balls, this.pockets, (ball) => {
        if (ball === this.cue) {
          ball.body.reset(200, 250);
          this.score -= 1;
        } else {
          ball.disableBody(true, true);
          this.score += 1;
          this.remaining -= 1;
        }
        this.scoreText.setText(`Score: ${this.score}`);
      });

      this.input.on('pointerdown', (pointer) => {
        if (this.shotReady && Phaser.Math.Distance.Between(pointer.x, pointer.y, this.cue.x, this.cue.y) < 30) {
          this.aiming = true;
        }
      });
      this.input.on('pointerup', (pointer) => {
        if (!this.aiming) return;
        this.aiming = false;
        this.aimLine.clear();
        const pull = new Phaser.Math.Vector2(this.cue.x - pointer.x, this.cue.y - pointer.y);
        const power = Math.min(pull.length(), 150) * 5;
        if (power < 10) return;
        pull.normalize().scale(power);
        this.cue.setVelocity(pull.x, pull.y);
        this.shotReady = false;
        this.shots = (this.shots || 0) + 1;
      });

      this.scoreText = this.add.text(60, 16, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
      this.stateText = this.add.text(740, 16, '', { fontSize: '22px', color: '#ffff88' }).setOrigin(1, 0);
    },

    update() {
      if (this.aiming) {
        const p = this.input.activePointer;
        this.aimLine.clear().lineStyle(2, 0xffffff, 0.8).lineBetween(this.cue.x, this.cue.y, p.x, p.y);
      }
      if (!this.shotReady) {
        const moving = this.balls.getChildren().some((b) => b.active && b.body.speed > STOP_SPEED);
        if (!moving) {
          this.balls.getChildren().forEach((b) => b.body.stop());
          this.shotReady = true;
        }
      }
      this.stateText.setText(this.remaining === 0 ? 'Table cleared!' : this.shotReady ? 'Your shot' : 'Balls rolling...');
    }
  }
});
