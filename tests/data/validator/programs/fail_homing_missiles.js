// Homing missiles: Left/Right move the launcher along the bottom and Space launches a missile (at most one every 0.35 s and at most 4 in flight). Each missile flies at 180 px/s and steers toward the nearest drone, turning at most 120 degrees per second; it flies until it hits a drone (+100, that drone reappears at the top) or until 4 s after its own launch, when it fizzles out with a small grey puff.
const MISSILE_SPEED = 180;
const TURN_RATE = Phaser.Math.DegToRad(120);
const LIFE_MS = 4000;

class MissileScene extends Phaser.Scene {
  constructor() {
    super('MissileScene');
  }

  create() {
    this.makeTextures();
    this.score = 0;
    this.lastLaunch = -1000;

    this.launcher = this.physics.add.image(400, 560, 'launcher').setCollideWorldBounds(true);
    this.missiles = this.physics.add.group({ defaultKey: 'missile', maxSize: 4 });
    this.drones = this.physics.add.group();
    const zone = new Phaser.Geom.Rectangle(0, 0, 800, 330);
    for (let i = 0; i < 5; i++) {
      const d = this.drones.create(Phaser.Math.Between(60, 740), Phaser.Math.Between(40, 280), 'drone');
      d.setCollideWorldBounds(true).setBounce(1);
      d.body.setBoundsRectangle(zone);
      this.launchDrone(d);
    }

    this.physics.add.overlap(this.missiles, this.drones, this.onStrike, null, this);

    this.cursors = this.input.keyboard.createCursorKeys();
    this.hud = this.add.text(12, 10, '', { fontSize: '20px', color: '#ffffff' });
  }

  makeTextures() {
    if (this.textures.exists('missile')) return;
    const g = this.add.graphics();
    g.fillStyle(0xf1faee, 1).fillRect(0, 2, 14, 6).fillStyle(0xe63946, 1).fillTriangle(14, 0, 20, 5, 14, 10);
    g.generateTexture('missile', 20, 10);
    g.clear().fillStyle(0x2a9d8f, 1).fillRect(0, 10, 56, 18).fillStyle(0xe9c46a, 1).fillRect(24, 0, 8, 14);
    g.generateTexture('launcher', 56, 28);
    g.clear().fillStyle(0x8338ec, 1).fillEllipse(18, 10, 36, 20).fillStyle(0xffbe0b, 1).fillCircle(18, 10, 4);
    g.generateTexture('drone', 36, 20);
    g.destroy();
  }

  launchDrone(d) {
    const speed = Phaser.Math.Between(80, 130);
    const dir = Math.random() * Math.PI * 2;
    d.setVelocity(Math.cos(dir) * speed, Math.sin(dir) * speed);
  }

  launch() {
    const x = this.launcher.x;
    const y = this.launcher.y - 24;
    const m = this.missiles.get(x, y);
    if (!m) return;
    m.enableBody(true, x, y, true, true);
    m.setRotation(-Math.PI / 2);
    this.physics.velocityFromRotation(m.rotation, MISSILE_SPEED, m.body.velocity);
    this.time.delayedCall(LIFE_MS, () => {
      if (m.active) this.fizzle(m);
    });
  }

  fizzle(m) {
    const puff = this.add.circle(m.x, m.y, 8, 0xadb5bd);
    this.tweens.add({ targets: puff, scale: 2.5, alpha: 0, duration: 350, onComplete: () => puff.destroy() });
    m.disableBody(true, true);
  }

  onStrike(missile, drone) {
    missile.disableBody(true, true);
    const boom = this.add.circle(drone.x, drone.y, 14, 0xffd166);
    this.tweens.add({ targets: boom, scale: 2, alpha: 0, duration: 250, onComplete: () => boom.destroy() });
    this.score += 100;
    drone.body.reset(Phaser.Math.Between(60, 740), 30);
    this.launchDrone(drone);
  }

  update(time, delta) {
    const dt = delta / 1000;
    let vx = 0;
    if (this.cursors.left.isDown) vx -= 300;
    if (this.cursors.right.isDown) vx += 300;
    this.launcher.setVelocityX(vx);

    if (this.cursors.space.isDown && time - this.lastLaunch >= 350 && this.missiles.countActive(true) < 4) {
      this.launch();
      this.lastLaunch = time;
    }

    const targets = this.drones.getChildren();
    this.missiles.getChildren().forEach((m) => {
      if (!m.active) return;
      const target = this.physics.closest(m, targets);
      if (target) {
        const want = Phaser.Math.Angle.Between(m.x, m.y, target.x, target.y);
        m.rotation = Phaser.Math.Angle.RotateTo(m.rotation, want, TURN_RATE * dt);
      }
      this.physics.velocityFromRotation(m.rotation, MISSILE_SPEED, m.body.velocity);
      if (m.y < -30 || m.y > 630 || m.x < -30 || m.x > 830) this.fizzle(m);
    });

    this.hud.setText('Score ' + this.score + '   Missiles in flight ' + this.missiles.countActive(true) + ' / 4');
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0b090a',
  physics: { default: 'arcade' },
  scene: MissileScene
};

new Phaser.Game(config);
