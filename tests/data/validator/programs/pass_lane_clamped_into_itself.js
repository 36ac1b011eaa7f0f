// Lane runner: switch between three lanes with the left/right arrow keys to dodge falling barriers; each dodged barrier scores a point and a hit ends the run.
const LANES = [200, 400, 600];

function spawnBarrier(scene) {
  if (scene.gameOver) return;
  const lane = Phaser.Math.Between(0, LANES.length - 1);
  const barrier = scene.physics.add.image(LANES[lane], -40, 'barrier');
  scene.barriers.add(barrier);
  barrier.setVelocityY(scene.fallSpeed);
}

function endRun(scene) {
  scene.gameOver = true;
  scene.physics.pause();
  scene.spawnTimer.remove();
  scene.player.setTint(0xff5252);
  scene.add.text(400, 280, 'CRASH!\nScore: ' + scene.score, { fontSize: '44px', color: '#ffffff', align: 'center' }).setOrigin(0.5);
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#263238',
  physics: { default: 'arcade' },
  scene: {
    preload() {
      const g = this.make.graphics({ x: 0, y: 0 }, false);
      g.fillStyle(0x4fc3f7).fillRoundedRect(0, 0, 50, 70, 10);
      g.generateTexture('runner', 50, 70);
      g.clear();
      g.fillStyle(0xffa000).fillRect(0, 0, 120, 40);
      g.fillStyle(0x000000).fillRect(20, 0, 20, 40).fillRect(80, 0, 20, 40);
      g.generateTexture('barrier', 120, 40);
      g.destroy();
    },

    create() {
      [300, 500].forEach(x => this.add.rectangle(x, 300, 6, 600, 0x90a4ae));
      this.lane = 1;
      this.score = 0;
      this.gameOver = false;
      this.fallSpeed = 260;

      this.player = this.physics.add.image(LANES[this.lane], 510, 'runner');
      this.barriers = this.physics.add.group();
      this.physics.add.overlap(this.player, this.barriers, () => endRun(this));

      this.scoreText = this.add.text(16, 16, 'Score: 0', { fontSize: '24px', color: '#ffffff' });
      this.cursors = this.input.keyboard.createCursorKeys();

      this.spawnTimer = this.time.addEvent({
        delay: 900,
        loop: true,
        callback: () => spawnBarrier(this)
      });
    },

    update() {
      if (this.gameOver) return;

      let target = this.lane;
      if (Phaser.Input.Keyboard.JustDown(this.cursors.left)) target--;
      if (Phaser.Input.Keyboard.JustDown(this.cursors.right)) target++;
      target = Phaser.Math.Clamp(target, 0, LANES.length - 1);
      if (target !== this.lane) {
        this.lane = target;
        this.tweens.add({ targets: this.player, x: LANES[this.lane], duration: 120, ease: 'Quad.easeOut' });
      }

      this.barriers.getChildren().slice().forEach(barrier => {
        if (barrier.y > 660) {
          barrier.destroy();
          this.score += 1;
          this.scoreText.setText('Score: ' + this.score);
        }
      });
    }
  }
});
