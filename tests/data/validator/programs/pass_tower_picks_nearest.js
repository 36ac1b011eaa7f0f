// A tower shoots the nearest enemy within 200 px once a second; the target is outlined in yellow
class Tower extends Phaser.Scene {
  create() {
    this.tower = this.add.circle(400, 300, 20, 0x8888ff);
    this.enemies = [[250, 300], [450, 320], [560, 260], [380, 430]].map(([x, y]) => this.add.circle(x, y, 14, 0xff5555));
    this.time.addEvent({ delay: 1000, loop: true, callback: () => this.shoot() });
  }
  findTarget() {
    let nearest = null;
    let nearestDist = 200;
    this.enemies.forEach((enemy) => {
      const d = Phaser.Math.Distance.Between(this.tower.x, this.tower.y, enemy.x, enemy.y);
      if (d <= nearestDist) {
        nearest = enemy;
        nearestDist = d;
      }
    });
    return nearest;
  }
  shoot() {
    const target = this.findTarget();
    this.enemies.forEach((e) => e.setStrokeStyle(0));
    if (target) target.setStrokeStyle(4, 0xffff00);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Tower });
