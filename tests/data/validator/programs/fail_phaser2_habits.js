// Phaser 2 habits in a Phaser 3 shooter: pooled lasers flagged to die off-screen (Phaser 3 has no such flags), a turret
// aimed with its rotation where degrees go, a ship steered with its angle where radians go, a camera lerp of 0.
class Shooter extends Phaser.Scene {
  constructor() { super('shooter'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xff3355).fillRect(0, 0, 16, 4);
    g.generateTexture('laser', 16, 4);
    g.fillStyle(0x88ff88).fillTriangle(0, 20, 10, 0, 20, 20);
    g.generateTexture('ship', 20, 20);
    g.destroy();
  }
  create() {
    this.ship = this.physics.add.image(400, 300, 'ship');
    this.lasers = this.physics.add.group({ defaultKey: 'laser', maxSize: 10 });
    this.cameras.main.startFollow(this.ship, true, 0, 0);
    this.time.addEvent({ delay: 200, loop: true, callback: () => this.fire() });
  }
  fire() {
    const laser = this.lasers.get(this.ship.x, this.ship.y);
    if (!laser) return;
    laser.setActive(true).setVisible(true);
    laser.checkWorldBounds = true;
    laser.outOfBoundsKill = true;
    this.physics.velocityFromAngle(this.ship.rotation, 400, laser.body.velocity);
  }
  update() {
    this.ship.angle += 1;
    this.ship.x += Math.cos(this.ship.angle) * 2;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Shooter });
