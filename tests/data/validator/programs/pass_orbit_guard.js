// Orbit guard: W/A/S/D fly the ship at 220 px/s (it stops when no key is held). Shield orbs circle the ship at radius 70, always evenly spaced, turning 1.5 times per second; the ship starts with 3 orbs. A green pickup appears every 4 s (at most 3 on screen) and touching one adds an orb (up to 8). Meteors fly in from the edges toward the ship: a meteor touching an orb is destroyed for +1 score, a meteor touching the ship destroys one orb, or ends the game when the ship has no orbs left. R restarts after game over.
const ORBIT_R = 70;
const TURN_SPEED = Math.PI * 2 * 1.5;
const MAX_ORBS = 8;

class OrbitGuard extends Phaser.Scene {
  constructor() {
    super('orbit');
  }

  create() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0x4fc3f7).fillCircle(20, 20, 20).fillStyle(0xffffff).fillTriangle(20, 4, 12, 26, 28, 26);
    g.generateTexture('ship', 40, 40).clear();
    g.fillStyle(0xfff176).fillCircle(8, 8, 8).generateTexture('orb', 16, 16).clear();
    g.fillStyle(0x8d6e63).fillCircle(16, 16, 16).fillStyle(0x5d4037).fillCircle(10, 12, 5).generateTexture('meteor', 32, 32).clear();
    g.fillStyle(0x66bb6a).fillCircle(12, 12, 12).fillStyle(0xffffff).fillRect(10, 5, 4, 14).fillRect(5, 10, 14, 4);
    g.generateTexture('pickup', 24, 24).destroy();

    this.score = 0;
    this.over = false;
    this.spin = 0;
    this.ship = this.physics.add.image(400, 300, 'ship').setCollideWorldBounds(true).setDepth(2);
    this.ship.body.setCircle(20);
    this.orbs = this.physics.add.group();
    this.meteors = this.physics.add.group();
    this.pickups = this.physics.add.group();
    for (let i = 0; i < 3; i++) this.addOrb();
    this.ring = new Phaser.Geom.Circle(400, 300, ORBIT_R);

    this.physics.add.overlap(this.orbs, this.meteors, (orb, meteor) => {
      meteor.destroy();
      this.score++;
    });
    this.physics.add.overlap(this.ship, this.meteors, (ship, meteor) => this.shipHit(meteor));
    this.physics.add.overlap(this.ship, this.pickups, (ship, pickup) => {
      pickup.destroy();
      if (this.orbs.countActive() < MAX_ORBS) this.addOrb();
    });

    this.time.addEvent({ delay: 900, loop: true, callback: this.spawnMeteor, callbackScope: this });
    this.time.addEvent({ delay: 4000, loop: true, callback: this.spawnPickup, callbackScope: this });
    this.keys = this.input.keyboard.addKeys('W,A,S,D');
    this.input.keyboard.on('keydown-R', () => { if (this.over) this.scene.restart(); });
    this.hud = this.add.text(12, 10, '', { fontSize: '20px', color: '#ffffff' }).setDepth(3);
  }

  addOrb() {
    const orb = this.orbs.create(this.ship.x, this.ship.y, 'orb');
    orb.body.setCircle(8);
  }

  spawnMeteor() {
    if (this.over) return;
    const edge = Phaser.Math.Between(0, 3);
    const x = edge === 0 ? -20 : edge === 1 ? 820 : Phaser.Math.Between(0, 800);
    const y = edge === 2 ? -20 : edge === 3 ? 620 : Phaser.Math.Between(0, 600);
    const m = this.meteors.create(x, y, 'meteor');
    m.body.setCircle(16);
    this.physics.moveToObject(m, this.ship, Phaser.Math.Between(110, 170));
    m.setAngularVelocity(Phaser.Math.Between(-90, 90));
  }

  spawnPickup() {
    if (this.over || this.pickups.countActive() >= 3) return;
    const p = this.pickups.create(Phaser.Math.Between(60, 740), Phaser.Math.Between(60, 540), 'pickup');
    p.body.setCircle(12);
  }

  shipHit(meteor) {
    meteor.destroy();
    const orbs = this.orbs.getChildren();
    if (orbs.length > 0) {
      orbs[orbs.length - 1].destroy();
      this.cameras.main.shake(120, 0.006);
      return;
    }
    this.over = true;
    this.physics.pause();
    this.ship.setTint(0xff5252);
    this.add.text(400, 300, 'Ship lost! Score ' + this.score + '\nR to restart', { fontSize: '34px', color: '#ffffff', align: 'center' }).setOrigin(0.5).setDepth(3);
  }

  update(time, delta) {
    this.hud.setText('Score: ' + this.score + '   Orbs: ' + this.orbs.countActive());
    if (this.over) return;
    const dir = new Phaser.Math.Vector2(
      (this.keys.D.isDown ? 1 : 0) - (this.keys.A.isDown ? 1 : 0),
      (this.keys.S.isDown ? 1 : 0) - (this.keys.W.isDown ? 1 : 0)
    ).normalize().scale(220);
    this.ship.setVelocity(dir.x, dir.y);

    this.spin = Phaser.Math.Angle.Wrap(this.spin + TURN_SPEED * delta / 1000);
    this.ring.setTo(this.ship.x, this.ship.y, ORBIT_R);
    Phaser.Actions.PlaceOnCircle(this.orbs.getChildren(), this.ring, this.spin, this.spin + Math.PI * 2);

    this.meteors.getChildren().slice().forEach(m => {
      if (m.x < -80 || m.x > 880 || m.y < -80 || m.y > 680) m.destroy();
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0b1026',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: OrbitGuard
});
