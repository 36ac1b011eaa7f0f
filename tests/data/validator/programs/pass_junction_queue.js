// Junction queue: vehicles enter a one-way street from the left every 0.9-1.6 s and drive right at 120 px/s; about one in three is a truck (64 px long), the rest are cars (36 px long). The light at the junction cycles green 4 s, yellow 1 s, red 5 s; while it is yellow or red, a vehicle that has not yet reached the white stop line stops with its front at the line, and every following vehicle stops with its front 10 px behind the back of the vehicle directly in front of it, so a queue builds up and vehicles never overlap; on green the queue drives on. The HUD shows the light, vehicles passed and vehicles waiting.
const STOP_X = 500;
const SPEED = 120;
const GAP = 10;
const LANE_Y = 300;
const PHASES = [
  { name: 'GREEN', ms: 4000, lamp: 2 },
  { name: 'YELLOW', ms: 1000, lamp: 1 },
  { name: 'RED', ms: 5000, lamp: 0 }
];
const LAMP_ON = [0xff3b30, 0xffcc00, 0x34c759];

class JunctionScene extends Phaser.Scene {
  constructor() {
    super('Junction');
  }

  create() {
    this.cars = [];
    this.passed = 0;

    this.add.rectangle(400, LANE_Y, 800, 60, 0x3a3a3a);
    this.add.rectangle(560, 225, 80, 450, 0x3a3a3a);
    this.add.rectangle(STOP_X + 2, LANE_Y, 4, 60, 0xffffff);

    this.signal = this.add.container(STOP_X - 20, LANE_Y - 100);
    this.signal.add(this.add.rectangle(0, 0, 26, 72, 0x111111).setStrokeStyle(2, 0x666666));
    this.lamps = [-22, 0, 22].map((dy) => this.add.circle(0, dy, 9, 0x333333));
    this.signal.add(this.lamps);

    this.hud = this.add.text(16, 16, '', { fontSize: '18px', color: '#ffffff' });
    this.setPhase(0);
    this.queueSpawn();
  }

  setPhase(index) {
    this.phase = PHASES[index];
    this.lamps.forEach((lamp, i) => lamp.setFillStyle(i === this.phase.lamp ? LAMP_ON[i] : 0x333333));
    this.time.delayedCall(this.phase.ms, () => this.setPhase((index + 1) % PHASES.length));
  }

  queueSpawn() {
    this.time.delayedCall(Phaser.Math.Between(900, 1600), () => {
      this.spawnCar();
      this.queueSpawn();
    });
  }

  spawnCar() {
    const last = this.cars[this.cars.length - 1];
    const front = 0;
    if (last && last.front - last.len - GAP < front) {
      this.time.delayedCall(200, () => this.spawnCar());
      return;
    }
    const truck = Math.random() < 1 / 3;
    const len = truck ? 64 : 36;
    const colour = truck ? 0x8d6e63 : Phaser.Utils.Array.GetRandom([0x4fc3f7, 0xef5350, 0xffee58, 0xab47bc, 0x66bb6a]);
    const body = this.add.rectangle(front - len / 2, LANE_Y, len, truck ? 26 : 20, colour).setStrokeStyle(1, 0x000000);
    this.cars.push({ front, len, body, moving: true, counted: false });
  }

  update(time, delta) {
    const dt = Math.min(delta, 50) / 1000;
    const stopping = this.phase.name !== 'GREEN';

    this.cars.forEach((car, i) => {
      let limit = car.front + SPEED * dt;
      if (stopping && car.front <= STOP_X) limit = Math.min(limit, STOP_X);

      const ahead = this.cars[i - 1];
      if (ahead) limit = Math.min(limit, ahead.front - ahead.len - GAP);

      const next = Math.max(car.front, limit);
      car.moving = next > car.front + 0.01;
      car.front = next;
      car.body.x = car.front - car.len / 2;

      if (!car.counted && car.front > STOP_X) {
        car.counted = true;
        this.passed++;
      }
    });

    const gone = this.cars.filter((car) => car.front - car.len > 820);
    gone.forEach((car) => car.body.destroy());
    this.cars = this.cars.filter((car) => car.front - car.len <= 820);

    const waiting = this.cars.filter((car) => !car.moving && car.front <= STOP_X).length;
    this.hud.setText(`Light: ${this.phase.name}   Passed: ${this.passed}   Waiting: ${waiting}`);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 450,
  backgroundColor: '#4c7a3d',
  scene: JunctionScene
};

new Phaser.Game(config);
