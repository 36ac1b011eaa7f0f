// A turret fires at drones from a pool of 15 shots; a drone hit twice is destroyed
class Turret extends Phaser.Scene {
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffee55).fillCircle(3, 3, 3).generateTexture('shot', 6, 6).destroy();
    this.shots = this.physics.add.group({ defaultKey: 'shot', maxSize: 15 });
    this.drones = this.physics.add.group();
    for (let i = 0; i < 5; i++) { const d = this.add.rectangle(120 + i * 130, 80, 40, 20, 0x88aaff); this.physics.add.existing(d); d.hp = 2; this.drones.add(d); }
    this.physics.add.overlap(this.shots, this.drones, (shot, drone) => {
      shot.setVisible(false);
      shot.body.enable = false;
      drone.hp -= 1;
      if (drone.hp <= 0) drone.destroy();
    });
    this.time.addEvent({ delay: 300, loop: true, callback: () => this.fire() });
  }
  fire() {
    const shot = this.shots.get(400, 560);
    if (!shot) return;
    shot.setActive(true).setVisible(true);
    shot.body.enable = true;
    shot.body.reset(400, 560);
    shot.body.setVelocity(Phaser.Math.Between(-120, 120), -400);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Turret });
