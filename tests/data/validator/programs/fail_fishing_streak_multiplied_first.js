// Fishing: SPACE casts; once a fish bites, hold SPACE to reel (tension rises while reeling, falls when released, the line snaps if the tension bar fills); landing a fish scores 10 x your catch streak (10, 20, 30...) and a snap resets the streak.
const REEL_SPEED = 55;
const TENSION_UP = 0.4;
const TENSION_DOWN = 0.6;

class PondScene extends Phaser.Scene {
  constructor() {
    super('Pond');
  }

  create() {
    this.state = 'idle';
    this.score = 0;
    this.streak = 0;
    this.tension = 0;
    this.distance = 0;

    this.add.rectangle(400, 420, 800, 360, 0x1e88e5);
    this.add.rectangle(120, 200, 160, 40, 0x8d6e63);
    this.rod = this.add.line(0, 0, 150, 180, 250, 110, 0x5d4037).setOrigin(0).setLineWidth(4);
    this.fish = this.add.ellipse(0, 0, 46, 22, 0xffa726).setVisible(false);
    this.lineGfx = this.add.graphics();
    this.bar = this.add.graphics();
    this.hud = this.add.text(20, 16, '', { fontSize: '24px', color: '#ffffff' });
    this.msg = this.add.text(400, 560, 'SPACE to cast', { fontSize: '22px', color: '#fffde7' }).setOrigin(0.5);

    this.space = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.SPACE);
    this.refresh();
  }

  cast() {
    this.state = 'waiting';
    this.msg.setText('Waiting for a bite...');
    this.time.delayedCall(1500, () => {
      this.state = 'hooked';
      this.tension = 0;
      this.distance = 300;
      this.fish.setVisible(true);
      this.msg.setText('A bite! Hold SPACE to reel, ease off before the line snaps');
    });
  }

  land() {
    this.score += 10 * this.streak++;
    this.endRound('Caught one! Streak ' + this.streak);
  }

  snap() {
    this.streak = 0;
    this.endRound('Snap! The line broke.');
  }

  endRound(text) {
    this.state = 'idle';
    this.fish.setVisible(false);
    this.msg.setText(text + '  -  SPACE to cast again');
    this.refresh();
  }

  refresh() {
    this.hud.setText(`Score: ${this.score}   Streak: ${this.streak}`);
  }

  update(time, delta) {
    const dt = delta / 1000;
    const pressed = Phaser.Input.Keyboard.JustDown(this.space);
    if (this.state === 'idle' && pressed) this.cast();

    if (this.state === 'hooked') {
      if (this.space.isDown) {
        this.tension += TENSION_UP * dt;
        this.distance -= REEL_SPEED * dt;
      } else {
        this.tension = Math.max(0, this.tension - TENSION_DOWN * dt);
      }
      if (this.tension >= 1) this.snap();
      else if (this.distance <= 0) this.land();
    }

    const fx = 250 + Math.max(this.distance, 0) * 1.6;
    this.fish.setPosition(fx, 330);
    this.lineGfx.clear();
    if (this.state !== 'idle') this.lineGfx.lineStyle(2, 0xeeeeee).lineBetween(250, 110, this.state === 'hooked' ? fx : 420, 330);
    this.bar.clear();
    this.bar.fillStyle(0x263238).fillRect(560, 20, 220, 22);
    this.bar.fillStyle(this.tension > 0.75 ? 0xff1744 : 0x76ff03).fillRect(560, 20, 220 * Math.min(this.tension, 1), 22);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#81d4fa',
  scene: PondScene
});
