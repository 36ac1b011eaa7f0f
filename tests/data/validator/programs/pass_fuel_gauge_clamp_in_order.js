// Fuel gauge: fuel drains while SPACE (thrust) is held; the bar shows the fuel left from 0 to 100%
class FuelScene extends Phaser.Scene {
  constructor() { super('fuel'); }
  create() {
    this.fuel = 100;
    this.bar = this.add.graphics();
    this.label = this.add.text(20, 20, '', { fontSize: '20px', color: '#fff' });
    this.space = this.input.keyboard.addKey('SPACE');
  }
  update(time, delta) {
    if (this.space.isDown) this.fuel -= delta * 0.02;
    const share = Phaser.Math.Clamp(this.fuel / 100, 0, 1);
    this.bar.clear().fillStyle(0x333333).fillRect(20, 60, 300, 24).fillStyle(0xff9800).fillRect(20, 60, 300 * share, 24);
    this.label.setText('Fuel ' + Math.round(share * 100) + '%');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#102027', scene: FuelScene });
