// Drive a car over rolling hills with the arrow keys; the car follows the ground's height
const SEG = 100;
const TRACK = 2400;
class Hills extends Phaser.Scene {
  create() {
    this.heights = [];
    for (let i = 0; i <= TRACK / SEG; i++) this.heights.push(450 + Math.sin(i * 0.7) * 60);
    const ground = this.add.graphics().fillStyle(0x3a7d44).beginPath().moveTo(0, 600);
    this.heights.forEach((h, i) => ground.lineTo(i * SEG, h));
    ground.lineTo(TRACK, 600).closePath().fillPath();
    this.car = this.add.rectangle(60, 0, 50, 24, 0xdd3333).setOrigin(0.5, 1);
    this.cameras.main.setBounds(0, 0, TRACK, 600).startFollow(this.car);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  groundAt(x) {
    return Phaser.Math.Interpolation.Linear(this.heights, Phaser.Math.Clamp(x, 0, TRACK) / TRACK);
  }
  update(time, delta) {
    const dir = (this.keys.right.isDown ? 1 : 0) - (this.keys.left.isDown ? 1 : 0);
    this.car.x = Phaser.Math.Clamp(this.car.x + dir * 240 * delta / 1000, 30, TRACK - 30);
    this.car.y = this.groundAt(this.car.x);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Hills });
