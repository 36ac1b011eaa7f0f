// A lamp is yellow by day, blue at night, and red whenever the alarm is on
class Lamp extends Phaser.Scene {
  constructor() { super('lamp'); }
  create() {
    this.lamp = this.add.circle(300, 200, 40, 0xffee58);
    this.night = false; this.alarm = false;
    this.input.keyboard.on('keydown-N', () => { this.night = !this.night; });
    this.input.keyboard.on('keydown-A', () => { this.alarm = !this.alarm; });
  }
  update() {
    let color = 0xffee58;
    if (this.night) {
      color = 0x42a5f5;
    }
    if (this.alarm) {
      this.lamp.setScale(1.2);
    } else {
      this.lamp.setScale(1);
    }
    this.lamp.setFillStyle(this.alarm ? 0xef5350 : color);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Lamp });
