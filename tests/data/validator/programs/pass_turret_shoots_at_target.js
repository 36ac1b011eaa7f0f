// Turret defence: the turret in the middle shoots a bullet at the nearest creeper every second
class Defence extends Phaser.Scene {
  constructor() { super('defence'); }
  create() {
    this.turret = this.add.rectangle(300, 200, 30, 30, 0x42a5f5);
    this.creepers = this.physics.add.group();
    [[60, 60], [540, 80], [80, 340], [520, 330]].forEach(([x, y]) => this.creepers.add(this.add.circle(x, y, 12, 0x66bb6a)));
    this.bullets = this.physics.add.group();
    this.physics.add.overlap(this.bullets, this.creepers, (bullet, creeper) => { bullet.destroy(); creeper.destroy(); });
    this.time.addEvent({ delay: 1000, loop: true, callback: () => this.shoot() });
  }
  shoot() {
    const nearest = this.physics.closest(this.turret, this.creepers.getChildren());
    if (!nearest) return;
    const angle = Phaser.Math.Angle.Between(this.turret.x, this.turret.y, nearest.x, nearest.y);
    const bullet = this.add.circle(this.turret.x, this.turret.y, 4, 0xffffff);
    this.bullets.add(bullet);
    this.physics.velocityFromRotation(angle, 300, bullet.body.velocity);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, physics: { default: 'arcade' }, scene: Defence });
