// Traffic light simulation: the light cycles green 4 s, yellow 1 s, red 3 s; cars drive right and wait at the stop line unless it is green; P pauses and resumes the whole simulation.
const PHASES = [
  { name: 'green', ms: 4000 },
  { name: 'yellow', ms: 1000 },
  { name: 'red', ms: 3000 }
];
const STOP_X = 470;
const CAR_SPEED = 140;
const GAP = 70;

class TrafficScene extends Phaser.Scene {
  constructor() {
    super('Traffic');
  }

  create() {
    this.phase = 0;
    this.paused = false;
    this.cars = [];

    this.add.rectangle(400, 320, 800, 120, 0x424242);
    this.add.rectangle(STOP_X + 4, 320, 8, 120, 0xffffff);
    this.add.rectangle(530, 180, 50, 140, 0x212121).setStrokeStyle(3, 0x000000);
    this.lamps = PHASES.map((p, i) => this.add.circle(530, 225 - i * 45, 18, 0x333333));
    this.info = this.add.text(20, 20, '', { fontSize: '22px', color: '#ffffff' });
    this.add.text(20, 560, 'P: pause / resume', { fontSize: '20px', color: '#e0e0e0' });

    this.time.addEvent({ delay: 1800, loop: true, callback: this.spawnCar, callbackScope: this });
    this.spawnCar();
    this.setPhase(0);

    this.input.keyboard.on('keydown-P', () => {
      this.paused = !this.paused;
      this.time.paused = this.paused;
      this.info.setColor(this.paused ? '#ffeb3b' : '#ffffff');
      this.showInfo();
    });
  }

  setPhase(index) {
    this.phase = index;
    const colours = { green: 0x00e676, yellow: 0xffea00, red: 0xff1744 };
    this.lamps.forEach((lamp, i) => lamp.setFillStyle(i === index ? colours[PHASES[i].name] : 0x333333));
    this.showInfo();
    this.time.delayedCall(PHASES[index].ms, () => this.setPhase((index + 1) % PHASES.length));
  }

  spawnCar() {
    const tint = Phaser.Display.Color.HSVToRGB((this.cars.length * 0.17) % 1, 0.7, 0.95).color;
    this.cars.push(this.add.rectangle(-40, 320, 56, 30, tint).setStrokeStyle(2, 0x000000));
  }

  showInfo() {
    this.info.setText(`Light: ${PHASES[this.phase].name.toUpperCase()}${this.paused ? '   (PAUSED)' : ''}`);
  }

  update(time, delta) {
    if (this.paused) return;
    const green = PHASES[this.phase].name === 'green';
    let limit = Infinity;
    this.cars.forEach((car) => {
      let maxX = limit;
      if (!green && car.x + 28 <= STOP_X) maxX = Math.min(maxX, STOP_X - 28);
      car.x = Math.min(car.x + CAR_SPEED * delta / 1000, maxX);
      limit = car.x - GAP;
    });
    this.cars = this.cars.filter((car) => {
      if (car.x < 860) return true;
      car.destroy();
      return false;
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#7cb342',
  scene: TrafficScene
});
