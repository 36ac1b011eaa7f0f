// Clock hands set through .angle (degrees) with radians: the second hand turns 1/57 as far and the clock looks stopped.
class Clock extends Phaser.Scene {
  constructor() { super('clock'); }
  preload() {}
  create() {
    this.add.circle(400, 300, 200, 0x222244).setStrokeStyle(4, 0xffffff);
    this.second = this.add.rectangle(400, 300, 4, 180, 0xff4444).setOrigin(0.5, 1);
  }
  update(time) {
    const sec = (time / 1000) % 60;
    this.second.angle = (sec / 60) * Math.PI * 2;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Clock });
