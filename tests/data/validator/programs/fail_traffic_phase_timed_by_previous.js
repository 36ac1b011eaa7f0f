// Traffic light driven by timers: red 3 s, then green 3 s, then yellow 1 s, repeating; the car drives on green and waits at the stop line otherwise.
const PHASES = [
  { name: 'red', ms: 3000, colour: 0xff3b30 },
  { name: 'green', ms: 3000, colour: 0x34c759 },
  { name: 'yellow', ms: 1000, colour: 0xffcc00 }
];
const STOP_X = 470;

class Crossing extends Phaser.Scene {
  constructor() {
    super('crossing');
  }

  create() {
    this.add.rectangle(400, 400, 800, 120, 0x444444);
    this.add.rectangle(STOP_X + 40, 400, 8, 120, 0xffffff);
    this.add.rectangle(560, 210, 70, 190, 0x222222).setStrokeStyle(3, 0x111111);
    this.add.rectangle(560, 360, 10, 120, 0x555555);

    this.lamps = PHASES.map((phase, i) => {
      const y = [150, 270, 210][i];
      return this.add.circle(560, y, 24, phase.colour).setAlpha(0.2);
    });

    const g = this.add.graphics();
    g.fillStyle(0x2d9cdb, 1);
    g.fillRoundedRect(0, 8, 70, 26, 8);
    g.fillStyle(0x111111, 1);
    g.fillCircle(16, 36, 8);
    g.fillCircle(54, 36, 8);
    g.generateTexture('car', 70, 44);
    g.destroy();
    this.car = this.add.image(60, 390, 'car');

    this.phaseText = this.add.text(20, 20, '', { fontSize: '24px', color: '#ffffff' });
    this.index = 0;
    this.changes = [];
    this.showPhase();
    this.time.delayedCall(PHASES[0].ms, this.nextPhase, [], this);
  }

  nextPhase() {
    this.time.delayedCall(PHASES[this.index].ms, this.nextPhase, [], this);
    this.index = (this.index + 1) % PHASES.length;
    this.showPhase();
  }

  showPhase() {
    const phase = PHASES[this.index];
    this.light = phase.name;
    this.lamps.forEach((lamp, i) => lamp.setAlpha(i === this.index ? 1 : 0.2));
    this.phaseText.setText('Light: ' + phase.name.toUpperCase());
    this.changes.push({ name: phase.name, at: this.time.now });
  }

  update(time, delta) {
    const speed = 0.18 * delta;
    const nose = this.car.x + 35;
    const beforeLine = nose <= STOP_X;
    if (this.light === 'green' || !beforeLine) {
      this.car.x += speed;
    } else {
      this.car.x = Math.min(this.car.x + speed, STOP_X - 35);
    }
    if (this.car.x > 860) this.car.x = -60;
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 500,
  backgroundColor: '#6fa86a',
  scene: Crossing
});
