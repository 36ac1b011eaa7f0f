// Drag race with a 3-2-1-GO countdown: neither car may move before GO; hold RIGHT to accelerate, first across the finish line wins.
const START_X = 80;
const FINISH_X = 700;

function makeCar(scene, key, colour) {
  const g = scene.add.graphics();
  g.fillStyle(colour, 1);
  g.fillRoundedRect(0, 6, 60, 22, 6);
  g.fillStyle(0x222222, 1);
  g.fillCircle(14, 30, 7);
  g.fillCircle(46, 30, 7);
  g.fillStyle(0xaaddff, 1);
  g.fillRect(34, 9, 14, 8);
  g.generateTexture(key, 60, 38);
  g.destroy();
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 400,
  backgroundColor: '#3a3f44',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: {
    create() {
      makeCar(this, 'playerCar', 0xe04040);
      makeCar(this, 'rivalCar', 0x4070e0);
      this.add.rectangle(400, 140, 800, 4, 0xffffff, 0.6);
      this.add.rectangle(400, 260, 800, 4, 0xffffff, 0.6);
      this.add.rectangle(FINISH_X + 30, 200, 10, 240, 0xffffff);

      this.player = this.physics.add.image(START_X, 230, 'playerCar');
      this.rival = this.physics.add.image(START_X, 170, 'rivalCar');
      this.player.setMaxVelocity(320, 0).setDragX(120);
      this.rival.setMaxVelocity(160, 0);

      this.cursors = this.input.keyboard.createCursorKeys();
      this.label = this.add.text(400, 70, '3', { fontSize: '56px', color: '#ffdd44', fontStyle: 'bold' }).setOrigin(0.5);
      this.phase = 'countdown';
      this.countdown = this.time.addEvent({ delay: 3000 });
    },

    update() {
      if (this.phase === 'countdown') {
        const left = Math.ceil(this.countdown.getRemainingSeconds());
        if (left > 0) {
          this.label.setText(String(left));
        } else {
          this.startRace();
        }
        return;
      }
      if (this.phase !== 'race') return;

      this.player.setAccelerationX(this.cursors.right.isDown ? 260 : 0);
      if (this.player.x >= FINISH_X) this.finish('player');
      else if (this.rival.x >= FINISH_X) this.finish('rival');
    },

    extend: {
      startRace() {
        this.phase = 'race';
        this.label.setText('GO!');
        this.rival.setAccelerationX(120);
        this.time.delayedCall(800, () => {
          if (this.phase === 'race') this.label.setText('');
        });
      },

      finish(winner) {
        this.phase = 'done';
        this.winner = winner;
        this.player.setAcceleration(0).setVelocity(0);
        this.rival.setAcceleration(0).setVelocity(0);
        this.label.setText(winner === 'player' ? 'You win!' : 'Rival wins!');
      }
    }
  }
});
