// Drag-strip time trial: hold RIGHT to accelerate down a 2400 px strip as the camera follows; the finish time is compared with the best time, which is kept between runs and raced as a translucent ghost car.
class TrialScene extends Phaser.Scene {
  constructor() { super('Trial'); }

  create() {
    if (!this.textures.exists('racer')) {
      const g = this.make.graphics({}, false);
      g.fillStyle(0xffffff).fillRoundedRect(0, 0, 60, 28, 6).fillStyle(0x263238).fillRect(38, 4, 12, 20);
      g.generateTexture('racer', 60, 28);
      g.destroy();
    }
    this.add.rectangle(1300, 300, 2600, 200, 0x424242);
    for (let x = 0; x < 2600; x += 100) this.add.rectangle(x, 300, 50, 4, 0xfafafa);
    this.add.rectangle(2400, 300, 12, 200, 0xffeb3b);

    this.ghostPath = this.registry.get('ghostPath') || null;
    this.ghost = this.add.image(100, 260, 'racer').setTint(0x90caf9).setAlpha(0.4).setVisible(!!this.ghostPath);
    this.car = this.physics.add.image(100, 340, 'racer').setTint(0xff5252);
    this.car.body.setMaxVelocityX(700).setDragX(150);

    this.cameras.main.setBounds(0, 0, 2600, 600).startFollow(this.car, true, 0.2, 0);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.recording = [];
    this.elapsed = 0;
    this.timerText = this.add.text(16, 16, '', { fontSize: '24px', color: '#ffffff' }).setScrollFactor(0);
  }

  update(time, delta) {
    this.elapsed += delta;
    this.car.setAccelerationX(this.cursors.right.isDown ? 420 : 0);
    if (this.cursors.down.isDown) this.car.setAccelerationX(-600);
    if (this.car.body.velocity.x < 0) this.car.setVelocityX(0);

    this.recording.push({ t: this.elapsed, x: this.car.x });
    if (this.ghostPath) {
      const frame = this.ghostPath.find(p => p.t >= this.elapsed) || this.ghostPath[this.ghostPath.length - 1];
      this.ghost.x = frame.x;
    }
    this.timerText.setText(`Time: ${(this.elapsed / 1000).toFixed(2)} s`);

    if (this.car.x >= 2400) this.scene.start('Result', { time: this.elapsed, path: this.recording });
  }
}

class ResultScene extends Phaser.Scene {
  constructor() { super('Result'); }

  init(data) {
    this.runTime = data.time;
    const best = this.registry.get('bestTime');
    this.newRecord = best === undefined || data.time < best;
    if (this.newRecord) {
      this.registry.set('bestTime', data.time);
      this.registry.set('ghostPath', data.path);
    }
  }

  create() {
    const best = this.registry.get('bestTime');
    this.add.text(400, 200, `Your time: ${(this.runTime / 1000).toFixed(2)} s`, { fontSize: '36px' }).setOrigin(0.5);
    this.add.text(400, 260, `Best: ${(best / 1000).toFixed(2)} s`, { fontSize: '30px', color: '#ffeb3b' }).setOrigin(0.5);
    if (this.newRecord) this.add.text(400, 320, 'NEW RECORD!', { fontSize: '28px', color: '#69f0ae' }).setOrigin(0.5);
    this.add.text(400, 420, 'Press SPACE to race your ghost', { fontSize: '22px' }).setOrigin(0.5);
    this.input.keyboard.once('keydown-SPACE', () => this.scene.start('Trial'));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2e7d32',
  physics: { default: 'arcade' },
  scene: [TrialScene, ResultScene]
});
