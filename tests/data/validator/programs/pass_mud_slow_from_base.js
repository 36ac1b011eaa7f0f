// A runner crosses the screen at 120 px/s and moves at half speed while inside the mud patch
class Mud extends Phaser.Scene {
  create() {
    this.add.rectangle(400, 300, 200, 200, 0x664422);
    this.runner = this.add.circle(40, 300, 14, 0x66ddff);
    this.baseSpeed = 120;
    this.speed = this.baseSpeed;
  }
  update(time, delta) {
    const inMud = this.runner.x > 300 && this.runner.x < 500;
    this.speed = inMud ? this.baseSpeed * 0.5 : this.baseSpeed;
    this.runner.x += this.speed * delta / 1000;
    if (this.runner.x > 780) this.runner.x = 40;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Mud });
