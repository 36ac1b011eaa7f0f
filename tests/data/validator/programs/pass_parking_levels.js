// Parking levels: steer the car (UP/DOWN drive forward/reverse, LEFT/RIGHT turn the front wheels, which visibly turn) into the green bay on each of 3 levels. A level is won when the car is stopped with all four corners inside the bay and facing the bay's arrow within 15 degrees; touching an orange cone restarts the level. After level 3 a click starts again from level 1.
const LEVELS = [
  { bay: { x: 620, y: 300, w: 74, h: 42, angle: 0 }, cones: [[560, 250], [560, 350], [400, 200], [400, 420]] },
  { bay: { x: 650, y: 130, w: 42, h: 74, angle: -90 }, cones: [[610, 130], [690, 130], [500, 260], [300, 180]] },
  { bay: { x: 420, y: 500, w: 42, h: 70, angle: 90 }, cones: [[385, 500], [455, 500], [330, 330], [520, 330], [420, 250]] }
];
const CAR_W = 44;
const CAR_H = 22;

class ParkScene extends Phaser.Scene {
  constructor() { super('park'); }

  init(data) {
    this.level = data.level || 0;
  }

  create() {
    const L = LEVELS[this.level];
    const b = L.bay;
    this.bayRect = new Phaser.Geom.Rectangle(b.x - b.w / 2, b.y - b.h / 2, b.w, b.h);
    this.add.rectangle(b.x, b.y, b.w, b.h, 0x2e7d32, 0.5).setStrokeStyle(3, 0x69f0ae);
    this.add.triangle(b.x, b.y, 0, 0, 0, 16, 14, 8, 0xffffff).setAngle(b.angle);
    this.cones = L.cones.map(([x, y]) => this.add.circle(x, y, 10, 0xff9100));

    this.wheels = [[-13, -12], [-13, 12], [13, -12], [13, 12]].map(([x, y]) => this.add.rectangle(x, y, 10, 5, 0x111111));
    const shell = this.add.rectangle(0, 0, CAR_W, CAR_H, 0x3949ab).setStrokeStyle(2, 0xffffff);
    const glass = this.add.rectangle(8, 0, 8, 16, 0x90caf9);
    this.car = this.add.container(120, 300, [...this.wheels, shell, glass]);
    this.speed = 0;
    this.state = 'drive';

    this.cursors = this.input.keyboard.createCursorKeys();
    this.add.text(16, 16, `Level ${this.level + 1}/${LEVELS.length}`, { fontSize: '22px', color: '#ffffff' });
    this.info = this.add.text(16, 560, '', { fontSize: '18px', color: '#e0e0e0' });
    this.banner = this.add.text(400, 300, '', { fontSize: '40px', color: '#ffeb3b', align: 'center' }).setOrigin(0.5).setDepth(5);
  }

  corners() {
    const c = Math.cos(this.car.rotation), s = Math.sin(this.car.rotation);
    return [[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([sx, sy]) => {
      const lx = sx * CAR_W / 2, ly = sy * CAR_H / 2;
      return { x: this.car.x + lx * c - ly * s, y: this.car.y + lx * s + ly * c };
    });
  }

  hitsCone() {
    const c = Math.cos(-this.car.rotation), s = Math.sin(-this.car.rotation);
    return this.cones.some(cone => {
      const dx = cone.x - this.car.x, dy = cone.y - this.car.y;
      const lx = dx * c - dy * s, ly = dx * s + dy * c;
      const px = Phaser.Math.Clamp(lx, -CAR_W / 2, CAR_W / 2), py = Phaser.Math.Clamp(ly, -CAR_H / 2, CAR_H / 2);
      return Phaser.Math.Distance.Between(lx, ly, px, py) < cone.radius;
    });
  }

  update(time, delta) {
    if (this.state !== 'drive') return;
    const dt = delta / 1000;
    const k = this.cursors;
    if (k.up.isDown) this.speed = Math.min(140, this.speed + 160 * dt);
    else if (k.down.isDown) this.speed = Math.max(-90, this.speed - 160 * dt);
    else this.speed -= Math.sign(this.speed) * Math.min(Math.abs(this.speed), 240 * dt);
    const steer = ((k.left.isDown ? -1 : 0) + (k.right.isDown ? 1 : 0)) * 0.5;
    this.wheels[2].rotation = steer;
    this.wheels[3].rotation = steer;
    this.car.rotation += (this.speed / 28) * Math.tan(steer) * dt;
    this.car.x = Phaser.Math.Clamp(this.car.x + Math.cos(this.car.rotation) * this.speed * dt, 25, 775);
    this.car.y = Phaser.Math.Clamp(this.car.y + Math.sin(this.car.rotation) * this.speed * dt, 25, 575);

    const bay = LEVELS[this.level].bay;
    const inside = this.corners().every(p => this.bayRect.contains(p.x, p.y));
    const off = Math.abs(Phaser.Math.Angle.ShortestBetween(this.car.angle, bay.angle));
    this.info.setText(`Speed ${Math.abs(this.speed).toFixed(0)}   In bay: ${inside ? 'yes' : 'no'}   Angle off: ${off.toFixed(0)} deg`);

    if (this.hitsCone()) {
      this.state = 'crashed';
      this.banner.setText('Hit a cone!');
      this.time.delayedCall(900, () => this.scene.restart({ level: this.level }));
    } else if (inside && this.speed === 0 && off <= 15) {
      this.state = 'parked';
      this.banner.setText('PARKED!').setScale(0.3);
      this.tweens.add({ targets: this.banner, scale: 1, duration: 300, ease: 'Back.easeOut' });
      if (this.level + 1 < LEVELS.length) {
        this.time.delayedCall(1200, () => this.scene.restart({ level: this.level + 1 }));
      } else {
        this.banner.setText('ALL LEVELS PARKED!\nClick to play again');
        this.input.once('pointerdown', () => this.scene.restart({ level: 0 }));
      }
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#455a64',
  scene: ParkScene
};

new Phaser.Game(config);
