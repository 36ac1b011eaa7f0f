// A purple square spins clockwise at 90 degrees per second in the middle of the screen.
const SPIN = 90; // degrees per second
class SpinScene extends Phaser.Scene {
  constructor() { super('spin'); }
  preload() {}
  create() {
    this.square = this.add.rectangle(400, 300, 120, 120, 0x8e24aa);
  }
  update(time, delta) {
    this.square.angle += SPIN * (delta / 1000);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#212121', scene: SpinScene });
