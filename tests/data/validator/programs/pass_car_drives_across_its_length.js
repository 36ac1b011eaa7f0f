// Top-down car: UP accelerates, DOWN brakes and then reverses, LEFT/RIGHT steer while the car is moving; the car always drives the way its nose points and coasts to a stop when no pedal is held.
const MAX_SPEED = 260;
const ACCEL = 6;
const COAST = 0.97;
const TURN_RATE = 2.6; // radians per second at full speed

class DriveScene extends Phaser.Scene {
  constructor() {
    super({ key: 'drive' });
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xd62828).fillRoundedRect(0, 0, 26, 44, 6);
    g.fillStyle(0x9ad1ff).fillRect(4, 8, 18, 8);   // windscreen
    g.fillStyle(0xffee66).fillRect(3, 0, 5, 3).fillRect(18, 0, 5, 3); // headlights
    g.fillStyle(0x222222).fillRect(4, 32, 18, 6);
    g.generateTexture('car', 26, 44);
    g.clear().fillStyle(0xff8800).fillTriangle(8, 0, 0, 16, 16, 16).generateTexture('cone', 16, 16);
    g.destroy();
  }

  create() {
    this.add.rectangle(400, 300, 760, 560, 0x3a3a3a).setStrokeStyle(6, 0xffffff);
    this.physics.world.setBounds(20, 20, 760, 560);

    this.cones = this.physics.add.staticGroup();
    [[250, 150], [550, 150], [250, 450], [550, 450]].forEach(([x, y]) => this.cones.create(x, y, 'cone'));

    this.car = this.physics.add.sprite(400, 420, 'car');
    this.car.setCollideWorldBounds(true);
    this.car.body.setSize(26, 26);
    this.speed = 0;
    this.physics.add.collider(this.car, this.cones, () => { this.speed *= -0.3; });

    this.keys = this.input.keyboard.createCursorKeys();
    this.hud = this.add.text(30, 30, '', { fontSize: '18px', color: '#ffffff' });
  }

  update(time, delta) {
    const dt = delta / 1000;
    if (this.keys.up.isDown) {
      this.speed = Math.min(this.speed + ACCEL, MAX_SPEED);
    } else if (this.keys.down.isDown) {
      this.speed = Math.max(this.speed - ACCEL * 1.5, -MAX_SPEED / 2);
    } else {
      this.speed *= COAST;
      if (Math.abs(this.speed) < 2) this.speed = 0;
    }

    const grip = this.speed / MAX_SPEED;
    if (this.keys.left.isDown) this.car.rotation -= TURN_RATE * grip * dt;
    if (this.keys.right.isDown) this.car.rotation += TURN_RATE * grip * dt;

    this.physics.velocityFromRotation(this.car.rotation - Math.PI / 2, this.speed, this.car.body.velocity);
    this.hud.setText(`Speed: ${Math.round(this.speed)}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2e7d32',
  physics: { default: 'arcade' },
  scene: [DriveScene]
});
