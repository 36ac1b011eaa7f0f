// A prize wheel turns steadily at 90 degrees per second
const TURN_RATE = 90;
class Wheel extends Phaser.Scene {
  create() {
    const g = this.add.graphics({ x: 400, y: 300 });
    for (let i = 0; i < 6; i++) g.fillStyle(i % 2 ? 0xffcc00 : 0xcc3344).slice(0, 0, 150, Phaser.Math.DegToRad(i * 60), Phaser.Math.DegToRad(i * 60 + 60)).fillPath();
    this.wheel = g;
  }
  update(time, delta) {
    this.wheel.setAngle(this.wheel.angle + TURN_RATE * delta / 1000);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Wheel });
