// Sprint time trial on a long straight road (camera follows): hold UP to accelerate, the car's top speed is limited to 300 px/s (speedometer shows km/h = px/s x 0.6, so 180 km/h max), releasing UP lets it roll to a stop, DOWN brakes, LEFT/RIGHT steer. The clock starts at the first UP press and stops at the chequered line at x = 3800; the best time is kept in localStorage (R restarts).
const ROAD_LEN = 4000;
const FINISH_X = 3800;
const TOP_SPEED = 300;
const ACCEL = 280;

class SprintScene extends Phaser.Scene {
  constructor() {
    super('sprint');
  }

  create() {
    if (!this.textures.exists('sprinter')) {
      const cg = this.make.graphics({ add: false });
      cg.fillStyle(0xffc107).fillRoundedRect(0, 0, 44, 22, 6).fillStyle(0x212121).fillRect(28, 4, 9, 14);
      cg.generateTexture('sprinter', 44, 22);
      cg.destroy();
    }
    const g = this.add.graphics();
    g.fillStyle(0x616161).fillRect(0, 180, ROAD_LEN, 240);
    g.fillStyle(0xffffff);
    for (let x = 0; x < ROAD_LEN; x += 80) g.fillRect(x, 297, 40, 6);
    for (let row = 0; row < 12; row++) {
      g.fillStyle(row % 2 ? 0x000000 : 0xffffff).fillRect(FINISH_X, 180 + row * 20, 20, 20);
      g.fillStyle(row % 2 ? 0xffffff : 0x000000).fillRect(FINISH_X + 20, 180 + row * 20, 20, 20);
    }
    for (let x = 500; x < ROAD_LEN; x += 500) this.add.text(x, 150, `${x} px`, { fontSize: '14px', color: '#c5e1a5' });

    this.physics.world.setBounds(0, 180, ROAD_LEN, 240);
    this.car = this.physics.add.image(80, 300, 'sprinter');
    this.car.setCollideWorldBounds(true);
    this.car.setDamping(true).setDrag(Math.exp(-ACCEL / TOP_SPEED));
    this.cameras.main.setBounds(0, 0, ROAD_LEN, 600);
    this.cameras.main.startFollow(this.car, true, 0.2, 0.2);

    this.keys = this.input.keyboard.createCursorKeys();
    this.input.keyboard.once('keydown-R', () => this.scene.restart());
    this.state = 'ready';
    this.startTime = 0;
    this.finalTime = 0;
    this.best = Number(localStorage.getItem('sprint_best')) || null;
    this.hud = this.add.text(16, 16, '', { fontSize: '20px', color: '#ffffff' }).setScrollFactor(0);
    this.msg = this.add.text(400, 520, 'Hold UP to start', { fontSize: '26px', color: '#ffeb3b' }).setOrigin(0.5).setScrollFactor(0);
  }

  update(time, delta) {
    const dt = delta / 1000;
    const body = this.car.body;
    const k = this.keys;
    const forward = body.velocity.x * Math.cos(this.car.rotation) + body.velocity.y * Math.sin(this.car.rotation);

    if (this.state === 'ready' && k.up.isDown) {
      this.state = 'running';
      this.startTime = time;
      this.msg.setText('');
    }
    const driving = this.state === 'running';
    if (driving && k.up.isDown) {
      this.physics.velocityFromRotation(this.car.rotation, ACCEL, body.acceleration);
    } else if (k.down.isDown || this.state === 'done') {
      if (forward > 15) this.physics.velocityFromRotation(this.car.rotation, -500, body.acceleration);
      else { body.setAcceleration(0, 0); body.setVelocity(0, 0); }
    } else {
      body.setAcceleration(0, 0);
    }
    const steer = (k.left.isDown ? -1 : 0) + (k.right.isDown ? 1 : 0);
    this.car.rotation += steer * 1.8 * dt * Math.min(1, forward / 100);
    this.physics.velocityFromRotation(this.car.rotation, Math.max(0, forward), body.velocity);

    if (driving && this.car.x >= FINISH_X) {
      this.state = 'done';
      const secs = (time - this.startTime) / 1000;
      this.finalTime = secs;
      if (this.best === null || secs < this.best) {
        this.best = secs;
        localStorage.setItem('sprint_best', String(secs));
      }
      this.msg.setText(`Finish! ${secs.toFixed(2)} s   (R to retry)`);
    }
    const clock = this.state === 'running' ? (time - this.startTime) / 1000 : this.finalTime;
    this.hud.setText([
      `Speed ${Math.round(body.speed * 0.6)} km/h`,
      `Time ${clock.toFixed(2)} s`,
      `Best ${this.best === null ? '--' : this.best.toFixed(2) + ' s'}`
    ]);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#33691e',
  physics: { default: 'arcade' },
  scene: SprintScene
};

new Phaser.Game(config);
