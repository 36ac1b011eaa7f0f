// Stop-the-bar: a marker sweeps back and forth across a meter; press SPACE to stop it inside the green zone to score, otherwise lose a life; the zone shrinks and the sweep speeds up with each success; 3 lives.
class StopBarScene extends Phaser.Scene {
  constructor() {
    super('stopbar');
  }

  create() {
    this.score = 0;
    this.lives = 3;
    this.running = true;
    this.lastResult = '';

    this.meter = this.add.container(400, 300);
    const track = this.add.rectangle(0, 0, 600, 40, 0x34495e).setStrokeStyle(3, 0xecf0f1);
    this.zone = this.add.rectangle(0, 0, 120, 40, 0x2ecc71);
    this.marker = this.add.rectangle(-300, 0, 8, 64, 0xf1c40f);
    this.meter.add([track, this.zone, this.marker]);
    this.placeZone();

    this.sweep = this.tweens.add({
      targets: this.marker,
      x: 300,
      duration: 1400,
      ease: 'Linear',
      yoyo: true,
      repeat: -1
    });

    this.hud = this.add.text(20, 20, '', { fontSize: '24px', color: '#ffffff' });
    this.message = this.add.text(400, 400, 'Press SPACE to stop the bar in the green zone', {
      fontSize: '24px', color: '#ffffff'
    }).setOrigin(0.5);
    this.updateHud();

    this.input.keyboard.on('keydown-SPACE', this.stopBar, this);
  }

  placeZone() {
    const half = this.zone.width / 2;
    this.zone.x = Phaser.Math.Between(-300 + half, 300 - half);
  }

  stopBar() {
    if (!this.running) return;
    this.running = false;
    this.sweep.pause();

    const x = this.marker.x;
    const inZone = x >= this.zone.x && x <= this.zone.x + this.zone.width;
    if (inZone) {
      this.score++;
      this.lastResult = 'hit';
      this.message.setText('In the zone!').setColor('#2ecc71');
      this.zone.setSize(Math.max(24, this.zone.width * 0.85), 40);
      this.sweep.timeScale = 1 + this.score * 0.15;
    } else {
      this.lives--;
      this.lastResult = 'miss';
      this.message.setText('Missed!').setColor('#e74c3c');
      this.cameras.main.shake(200, 0.01);
    }
    this.updateHud();

    if (this.lives <= 0) {
      this.message.setText(`Game over - score ${this.score}. Press R to restart`).setColor('#ffffff');
      this.input.keyboard.once('keydown-R', () => this.scene.restart());
      return;
    }
    this.time.delayedCall(700, () => {
      this.placeZone();
      this.running = true;
      this.sweep.resume();
    });
  }

  updateHud() {
    this.hud.setText(`Score: ${this.score}    Lives: ${this.lives}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2c3e50',
  scene: StopBarScene
});
