// A railway signal cycles green, yellow, red with its own duration for each
const HOLD = { green: 3000, yellow: 1000, red: 3000 };
const AFTER = { green: 'yellow', yellow: 'red', red: 'green' };
const TINT = { green: 0x33dd55, yellow: 0xffcc00, red: 0xff3333 };
class Signal extends Phaser.Scene {
  create() {
    this.aspect = 'green';
    this.held = 0;
    this.lamp = this.add.circle(400, 300, 50, TINT.green);
  }
  update(time, delta) {
    this.held += delta;
    if (this.held >= HOLD[this.aspect]) {
      this.held = 0;
      this.aspect = AFTER[this.aspect];
      this.lamp.setFillStyle(TINT[this.aspect]);
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Signal });
