// Tesla coil: every half second the coil zaps every robot within 120 px; a robot dies after 3 zaps
class Tesla extends Phaser.Scene {
  constructor() { super('tesla'); }
  create() {
    this.coil = this.add.star(300, 200, 6, 8, 18, 0xffee58);
    this.robots = this.physics.add.group();
    for (let i = 0; i < 6; i++) {
      const robot = this.add.rectangle(60 + i * 100, 60 + (i % 2) * 280, 20, 20, 0xb0bec5);
      robot.hp = 3;
      this.robots.add(robot);
      this.physics.moveTo(robot, 300, 200, 40);
    }
    this.sparks = this.add.graphics();
    this.time.addEvent({ delay: 500, loop: true, callback: () => this.zap() });
  }
  zap() {
    this.sparks.clear().lineStyle(2, 0x80deea, 1);
    const hit = this.physics.overlapCirc(this.coil.x, this.coil.y, 120);
    hit.forEach((robot) => {
      this.sparks.lineBetween(this.coil.x, this.coil.y, robot.x, robot.y);
      robot.hp -= 1;
      if (robot.hp <= 0) robot.gameObject.destroy();
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, physics: { default: 'arcade' }, scene: Tesla });
