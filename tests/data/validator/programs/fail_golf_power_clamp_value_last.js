// Golf power meter: hold the mouse to charge the power up to 100, release to show the shot's power
class Meter extends Phaser.Scene {
  constructor() { super('meter'); }
  create() {
    this.power = 0;
    this.add.rectangle(300, 350, 204, 24, 0x333333);
    this.fill = this.add.rectangle(198, 350, 0, 20, 0xffeb3b).setOrigin(0, 0.5);
    this.label = this.add.text(10, 10, 'Power: 0', { fontSize: '20px', color: '#ffffff' });
  }
  update(time, delta) {
    if (!this.input.activePointer.isDown) return;
    this.power = Phaser.Math.Clamp(0, this.power + delta * 0.05, 100);
    this.fill.width = this.power * 2;
    this.label.setText('Power: ' + Math.round(this.power));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Meter });
