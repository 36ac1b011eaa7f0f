// Three AI cars follow 9 waypoints around a circuit, each turning toward its next waypoint by at most 3 radians per second and always the shorter way round, so they drive smooth laps without spinning; the HUD counts each AI car's laps. You drive the red car with the arrow keys alongside them.
const WAYPOINTS = [
  { x: 400, y: 90 }, { x: 640, y: 90 }, { x: 720, y: 170 }, { x: 720, y: 430 }, { x: 640, y: 510 },
  { x: 160, y: 510 }, { x: 80, y: 430 }, { x: 80, y: 170 }, { x: 160, y: 90 }
];
const TURN_RATE = 3;

class WaypointScene extends Phaser.Scene {
  constructor() {
    super('waypoints');
  }

  create() {
    const g = this.add.graphics();
    g.lineStyle(100, 0x616161).strokePoints(WAYPOINTS, true, true);
    g.fillStyle(0x616161);
    WAYPOINTS.forEach(p => g.fillCircle(p.x, p.y, 50));
    g.fillStyle(0xffeb3b);
    WAYPOINTS.forEach(p => g.fillCircle(p.x, p.y, 4));
    g.lineStyle(4, 0xffffff).lineBetween(400, 40, 400, 140);

    const specs = [
      { name: 'Blue', color: 0x1e88e5, x: 360, y: 70, speed: 170 },
      { name: 'Green', color: 0x43a047, x: 320, y: 110, speed: 190 },
      { name: 'Purple', color: 0x8e24aa, x: 280, y: 70, speed: 210 }
    ];
    this.ais = specs.map(s => {
      const body = this.add.rectangle(0, 0, 34, 18, s.color).setStrokeStyle(2, 0x000000);
      const nose = this.add.rectangle(12, 0, 6, 12, 0xffffff);
      const car = this.add.container(s.x, s.y, [body, nose]);
      car.setData({ name: s.name, speed: s.speed, wp: 1, laps: 0 });
      return car;
    });

    this.player = this.add.container(240, 110, [
      this.add.rectangle(0, 0, 34, 18, 0xe53935).setStrokeStyle(2, 0x000000),
      this.add.rectangle(12, 0, 6, 12, 0xffffff)
    ]);
    this.playerSpeed = 0;
    this.cursors = this.input.keyboard.createCursorKeys();
    this.hud = this.add.text(200, 220, '', { fontSize: '20px', color: '#ffffff', lineSpacing: 8 });
  }

  steerAI(car, dt) {
    const wp = WAYPOINTS[car.getData('wp')];
    if (Phaser.Math.Distance.Between(car.x, car.y, wp.x, wp.y) < 40) {
      const next = (car.getData('wp') + 1) % WAYPOINTS.length;
      if (next === 1) car.incData('laps');
      car.setData('wp', next);
      return;
    }
    const want = Phaser.Math.Angle.Between(car.x, car.y, wp.x, wp.y);
    const diff = Phaser.Math.Angle.Wrap(want - car.rotation);
    car.rotation += Phaser.Math.Clamp(diff, -TURN_RATE * dt, TURN_RATE * dt);
    const v = car.getData('speed');
    car.x += Math.cos(car.rotation) * v * dt;
    car.y += Math.sin(car.rotation) * v * dt;
  }

  drivePlayer(dt) {
    const c = this.cursors;
    if (c.up.isDown) this.playerSpeed = Math.min(240, this.playerSpeed + 220 * dt);
    else if (c.down.isDown) this.playerSpeed = Math.max(-80, this.playerSpeed - 300 * dt);
    else this.playerSpeed *= Math.pow(0.4, dt);
    const steer = (c.left.isDown ? -1 : 0) + (c.right.isDown ? 1 : 0);
    this.player.rotation += steer * 2.5 * dt * Phaser.Math.Clamp(this.playerSpeed / 60, -1, 1);
    this.player.x = Phaser.Math.Clamp(this.player.x + Math.cos(this.player.rotation) * this.playerSpeed * dt, 10, 790);
    this.player.y = Phaser.Math.Clamp(this.player.y + Math.sin(this.player.rotation) * this.playerSpeed * dt, 10, 590);
  }

  update(time, delta) {
    const dt = Math.min(delta, 50) / 1000;
    this.ais.forEach(car => this.steerAI(car, dt));
    this.drivePlayer(dt);
    this.hud.setText(this.ais.map(car => `${car.getData('name')}: ${car.getData('laps')} laps`));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#33691e',
  scene: WaypointScene
};

new Phaser.Game(config);
