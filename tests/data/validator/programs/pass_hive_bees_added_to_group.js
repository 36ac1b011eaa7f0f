// A hive sends out a bee every second until there are 8 bees buzzing around
class Hive extends Phaser.Scene {
  constructor() { super('hive'); }
  create() {
    this.add.circle(300, 200, 30, 0xffa000);
    this.bees = this.add.group();
    this.timer = this.time.addEvent({ delay: 1000, loop: true, callback: this.spawnBee, callbackScope: this });
  }
  spawnBee() {
    if (this.bees.getLength() >= 8) { this.timer.remove(); return; }
    const bee = this.add.circle(300, 200, 6, 0xffeb3b);
    this.bees.add(bee);
    this.tweens.add({ targets: bee, x: Phaser.Math.Between(40, 560), y: Phaser.Math.Between(40, 360), duration: 800, yoyo: true, repeat: -1 });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Hive });
