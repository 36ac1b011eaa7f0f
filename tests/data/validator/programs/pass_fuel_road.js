// Endless top-down road: UP accelerates, DOWN brakes, LEFT/RIGHT steer across the road, and the road's lane markings scroll down the screen at the car's speed so the car drives up the screen. Driving burns fuel (faster at higher speed) shown by a gauge; green fuel cans add 30 fuel (max 100). When fuel reaches 0 the car can no longer accelerate, rolls to a stop, and 'OUT OF FUEL' appears with the distance driven (SPACE restarts).
const FUEL_MAX = 100;

class FuelRunScene extends Phaser.Scene {
  constructor() {
    super({ key: 'fuelrun' });
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x546e7a).fillRect(0, 0, 320, 64);
    g.fillStyle(0xffffff).fillRect(104, 0, 6, 32).fillRect(210, 0, 6, 32);
    g.generateTexture('road', 320, 64);
    g.clear().fillStyle(0xff7043).fillRect(0, 0, 22, 40).fillStyle(0x263238).fillRect(3, 6, 16, 8);
    g.generateTexture('car', 22, 40);
    g.clear().fillStyle(0x43a047).fillRect(0, 0, 18, 24).fillStyle(0xffffff).fillRect(5, 4, 8, 4);
    g.generateTexture('can', 18, 24);
    g.destroy();
  }

  create() {
    this.add.rectangle(400, 300, 800, 600, 0x33691e);
    this.road = this.add.tileSprite(400, 300, 320, 600, 'road');
    this.physics.world.setBounds(240, 0, 320, 600);

    this.car = this.physics.add.sprite(400, 500, 'car').setCollideWorldBounds(true);
    this.cans = this.physics.add.group();
    this.speed = 150;
    this.distance = 0;
    this.over = false;

    this.gauge = this.add.graphics().setDepth(5);
    this.car.on('changedata-fuel', (obj, value) => this.drawGauge(value));
    this.car.setData('fuel', FUEL_MAX);

    this.physics.add.overlap(this.car, this.cans, (car, can) => {
      can.destroy();
      car.setData('fuel', Math.min(FUEL_MAX, car.getData('fuel') + 30));
    });
    this.time.addEvent({ delay: 2200, loop: true, callback: this.spawnCan, callbackScope: this });

    this.keys = this.input.keyboard.createCursorKeys();
    this.keys.space.on('down', () => { if (this.over) this.scene.restart(); });
    this.hud = this.add.text(16, 16, '', { fontSize: '18px', color: '#ffffff' }).setDepth(5);
    this.msg = this.add.text(400, 260, '', { fontSize: '32px', color: '#ffeb3b', align: 'center' }).setOrigin(0.5).setDepth(5);
  }

  spawnCan() {
    if (this.over) return;
    this.cans.create(Phaser.Math.Between(265, 535), -20, 'can');
  }

  drawGauge(fuel) {
    this.gauge.clear();
    this.gauge.fillStyle(0x000000, 0.6).fillRect(16, 50, 204, 22);
    this.gauge.fillStyle(fuel > 25 ? 0x66bb6a : 0xef5350).fillRect(18, 52, 2 * fuel, 18);
  }

  burnFuel(dt) {
    const fuel = this.car.getData('fuel') ?? FUEL_MAX;
    const rate = 2.5 * (1 + this.speed / 200);
    this.car.setData('fuel', Math.max(0, fuel - rate * dt));
  }

  update(time, delta) {
    if (this.over) return;
    const dt = delta / 1000;
    const k = this.keys;
    const hasFuel = this.car.getData('fuel') > 0;

    if (k.up.isDown && hasFuel) this.speed = Math.min(420, this.speed + 200 * dt);
    else if (k.down.isDown) this.speed = Math.max(0, this.speed - 300 * dt);
    else this.speed = Math.max(0, this.speed - 60 * dt);
    this.car.setVelocityX(k.left.isDown ? -260 : k.right.isDown ? 260 : 0);

    this.road.tilePositionY -= this.speed * dt;
    this.distance += this.speed * dt / 8;
    this.cans.getChildren().forEach(can => can.setVelocityY(this.speed));
    this.cans.getChildren().filter(can => can.y > 640).forEach(can => can.destroy());
    this.burnFuel(dt);

    const fuelNow = this.car.getData('fuel');
    this.hud.setText(`Fuel ${fuelNow.toFixed(0)}   Speed ${this.speed.toFixed(0)}   Distance ${this.distance.toFixed(0)} m`);
    if (fuelNow <= 0 && this.speed <= 0) {
      this.over = true;
      this.physics.pause();
      this.msg.setText(`OUT OF FUEL\nYou drove ${this.distance.toFixed(0)} m\nSPACE to restart`);
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  physics: { default: 'arcade' },
  scene: FuelRunScene
};

new Phaser.Game(config);
