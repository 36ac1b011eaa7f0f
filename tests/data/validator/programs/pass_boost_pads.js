// Top-down circuit with 3 orange boost pads lying on the track: arrow keys drive (top speed 260). Driving over a pad launches the car to 480 px/s and raises its top speed to 480 until 1.5 seconds after it leaves the pad (HUD shows BOOST); the car bounces off the green infield.
const BASE_TOP = 260;
const BOOST_TOP = 480;
let car, pads, cursors, hud, boostTimer;
let boosting = false;

function preload() {
  const g = this.make.graphics({ add: false });
  g.fillStyle(0x1565c0).fillRect(0, 0, 36, 20);
  g.fillStyle(0xffffff).fillRect(24, 4, 8, 12);
  g.generateTexture('bcar', 36, 20);
  g.clear();
  g.fillStyle(0xff9800).fillRect(0, 0, 60, 60);
  g.fillStyle(0xfff3e0);
  g.fillRect(8, 8, 44, 6).fillRect(8, 46, 44, 6).fillRect(8, 8, 6, 44).fillRect(46, 8, 6, 44);
  g.fillTriangle(34, 16, 20, 32, 30, 32).fillTriangle(30, 28, 40, 28, 26, 44);
  g.generateTexture('pad', 60, 60);
  g.destroy();
}

function create() {
  this.add.rectangle(400, 300, 760, 560, 0x5d5d5d);
  const infield = this.add.rectangle(400, 300, 420, 220, 0x2e7d32);
  this.physics.add.existing(infield, true);
  this.physics.world.setBounds(20, 20, 760, 560);

  pads = this.physics.add.staticGroup();
  [[300, 100], [690, 300], [500, 500]].forEach(([x, y]) => pads.create(x, y, 'pad'));

  car = this.physics.add.image(150, 100, 'bcar');
  car.body.setCircle(10, 8, 0);
  car.setCollideWorldBounds(true).setBounce(0.3);
  car.body.setMaxSpeed(BASE_TOP);
  car.setDamping(true).setDrag(0.3);

  this.physics.add.collider(car, infield);
  this.physics.add.overlap(car, pads, hitPad, null, this);
  cursors = this.input.keyboard.createCursorKeys();
  hud = this.add.text(210, 200, '', { fontSize: '20px', color: '#ffffff' });
  boosting = false;
}

function hitPad() {
  boosting = true;
  car.body.setMaxSpeed(BOOST_TOP);
  this.physics.velocityFromRotation(car.rotation, BOOST_TOP, car.body.velocity);
  if (boostTimer) boostTimer.remove();
  boostTimer = this.time.delayedCall(1500, () => {
    boosting = false;
    car.body.setMaxSpeed(BASE_TOP);
  });
}

function update(time, delta) {
  const dt = delta / 1000;
  const body = car.body;
  const steer = (cursors.left.isDown ? -1 : 0) + (cursors.right.isDown ? 1 : 0);
  const forward = body.velocity.x * Math.cos(car.rotation) + body.velocity.y * Math.sin(car.rotation);
  car.rotation += steer * 2.7 * dt * Phaser.Math.Clamp(forward / 80, -1, 1);

  if (cursors.up.isDown) this.physics.velocityFromRotation(car.rotation, boosting ? 420 : 240, body.acceleration);
  else if (cursors.down.isDown) this.physics.velocityFromRotation(car.rotation, -300, body.acceleration);
  else body.setAcceleration(0, 0);

  const fwdNow = body.velocity.x * Math.cos(car.rotation) + body.velocity.y * Math.sin(car.rotation);
  this.physics.velocityFromRotation(car.rotation, fwdNow, body.velocity);

  hud.setText(`Speed ${body.speed.toFixed(0)} / ${body.maxSpeed}${boosting ? '\nBOOST!' : ''}`);
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b5e20',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: { preload, create, update }
};

new Phaser.Game(config);
