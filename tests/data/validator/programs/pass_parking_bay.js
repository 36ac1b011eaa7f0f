// Parking challenge: drive the red car with the arrow keys (UP forward, DOWN reverse, LEFT/RIGHT steer) into the yellow parking bay and stop (speed under 5 px/s) with the whole car inside the bay lines; then show 'PARKED!' with the time taken. Touching a parked grey car or the lot edge puts the car back at the start; SPACE starts a new attempt.
const BAY = { x: 610, y: 130, w: 46, h: 74 };
const START = { x: 140, y: 480, angle: -90 };

const parkingScene = {
  key: 'parking',

  extend: {
    resetCar(newAttempt) {
      this.car.setPosition(START.x, START.y).setAngle(START.angle);
      this.speed = 0;
      if (newAttempt) {
        this.parked = false;
        this.attemptStart = this.time.now;
        this.msg.setText('');
      }
    }
  },

  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xc62828).fillRoundedRect(0, 0, 40, 20, 5);
    g.fillStyle(0x263238).fillRect(24, 3, 8, 14);
    g.generateTexture('redcar', 40, 20);
    g.clear();
    g.fillStyle(0x9e9e9e).fillRoundedRect(0, 0, 20, 40, 5);
    g.generateTexture('greycar', 20, 40);
    g.destroy();

    this.add.rectangle(400, 300, 760, 560, 0x424242).setStrokeStyle(4, 0xffffff);
    this.obstacles = [];
    for (let i = 0; i < 7; i++) {
      const x = 250 + i * 60;
      this.add.rectangle(x, BAY.y, BAY.w, BAY.h).setStrokeStyle(2, 0xffffff);
      if (x !== BAY.x) this.obstacles.push(this.add.image(x, BAY.y, 'greycar'));
    }
    this.add.rectangle(BAY.x, BAY.y, BAY.w, BAY.h).setStrokeStyle(3, 0xffeb3b);
    this.obstacles.push(this.add.image(420, 330, 'greycar').setAngle(90));
    this.bayRect = new Phaser.Geom.Rectangle(BAY.x - BAY.w / 2, BAY.y - BAY.h / 2, BAY.w, BAY.h);

    this.car = this.add.image(START.x, START.y, 'redcar');
    this.keys = this.input.keyboard.createCursorKeys();
    this.info = this.add.text(30, 540, '', { fontSize: '18px', color: '#ffffff' });
    this.msg = this.add.text(400, 300, '', { fontSize: '34px', color: '#ffeb3b', align: 'center' }).setOrigin(0.5);
    this.keys.space.on('down', () => this.resetCar(true));
    this.resetCar(true);
  },

  update(time, delta) {
    if (this.parked) return;
    const dt = delta / 1000;
    const k = this.keys;
    if (k.up.isDown) this.speed = Math.min(160, this.speed + 150 * dt);
    else if (k.down.isDown) this.speed = Math.max(-90, this.speed - 150 * dt);
    else {
      const drop = 220 * dt;
      this.speed = Math.abs(this.speed) <= drop ? 0 : this.speed - Math.sign(this.speed) * drop;
    }
    const steer = (k.left.isDown ? -1 : 0) + (k.right.isDown ? 1 : 0);
    this.car.rotation += steer * (this.speed / 160) * 2.4 * dt;
    this.car.x += Math.cos(this.car.rotation) * this.speed * dt;
    this.car.y += Math.sin(this.car.rotation) * this.speed * dt;

    const bounds = this.car.getBounds();
    const hit = this.obstacles.some(o => Phaser.Geom.Intersects.RectangleToRectangle(bounds, o.getBounds()));
    const offLot = bounds.left < 20 || bounds.right > 780 || bounds.top < 20 || bounds.bottom > 580;
    if (hit || offLot) {
      this.cameras.main.shake(150, 0.01);
      this.resetCar(false);
      return;
    }

    const inside = Phaser.Geom.Rectangle.ContainsRect(this.bayRect, bounds);
    if (inside && Math.abs(this.speed) < 5) {
      this.parked = true;
      this.speed = 0;
      const secs = ((time - this.attemptStart) / 1000).toFixed(1);
      this.msg.setText(`PARKED!\n${secs} s\nSPACE to try again`);
    }
    this.info.setText(`Speed ${Math.abs(this.speed).toFixed(0)} px/s   ${inside ? 'In the bay - stop!' : 'Find the yellow bay'}`);
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#212121',
  scene: parkingScene
};

new Phaser.Game(config);
