// Drive the rover with the arrow keys (left and right), 180 px per second
class Mars extends Phaser.Scene {
  constructor() { super('mars'); }
  create() {
    this.rover = this.add.rectangle(300, 300, 60, 30, 0xff7043);
    this.keys = this.input.keyboard.createCursorKeys();
    this.vx = 0;
  }
  update(time, delta) {
    if (this.keys.left.isDown) {
      this.vx = -180;
    } else if (this.keys.right.isDown) {
      this.vx = 180;
    } else {
      this.vx = 0;
    }
    this.rover.x = Phaser.Math.Clamp(this.rover.x + this.vx * delta / 1000, 30, 570);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Mars });
