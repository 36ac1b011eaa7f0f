// Race start: a 3-2-1-GO countdown before the car may move
class Start extends Phaser.Scene {
  constructor() { super('start'); }
  create() {
    this.go = false;
    this.big = this.add.text(320, 200, '', { fontSize: '96px', color: '#ffffff' }).setOrigin(0.5);
    this.car = this.add.rectangle(80, 320, 50, 24, 0xf44336);
    this.countdown = this.add.timeline([
      { at: 0, run: () => this.big.setText('3') },
      { at: 1000, run: () => this.big.setText('2') },
      { at: 2000, run: () => this.big.setText('1') },
      { at: 3000, run: () => { this.big.setText('GO!'); this.go = true; } },
    ]);
    this.countdown.play();
  }
  update(time, delta) {
    if (this.go) this.car.x += delta * 0.2;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 400, backgroundColor: '#37474f', scene: Start });
