// A compass needle turns 15 degrees with each press of RIGHT and keeps turning round and round
class Compass extends Phaser.Scene {
  create() {
    this.heading = 0;
    this.needle = this.add.triangle(400, 300, 0, 80, 10, 0, 20, 80, 0xff4444).setOrigin(0.5, 1);
    this.input.keyboard.on('keydown-RIGHT', () => {
      this.heading = Phaser.Math.Angle.Wrap(this.heading + 15);
      this.needle.setAngle(this.heading);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Compass });
