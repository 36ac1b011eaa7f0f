// A moon circles the planet at a steady speed, once every six seconds
const CENTRE = { x: 400, y: 300 };
class Moon extends Phaser.Scene {
  create() {
    this.add.circle(CENTRE.x, CENTRE.y, 40, 0x3366cc);
    this.moon = this.add.circle(CENTRE.x + 160, CENTRE.y, 12, 0xdddddd);
    this.turned = 0;
  }
  update(time, delta) {
    const step = Math.PI * 2 * delta / 6000;
    this.turned += step;
    Phaser.Math.RotateAroundDistance(this.moon, CENTRE.x, CENTRE.y, this.turned, 160);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Moon });
