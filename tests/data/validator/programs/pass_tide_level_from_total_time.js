// The sea rises and falls with the tide; a clock counts the seconds played
class Tide extends Phaser.Scene {
  constructor() { super('tide'); }
  create() {
    this.sea = this.add.rectangle(300, 330, 600, 140, 0x1e88e5);
    this.clock = this.add.text(10, 10, '0 s', { fontSize: '18px', color: '#ffffff' });
    this.seconds = 0;
  }
  update(time, delta) {
    const t = time / 1000;
    this.sea.y = 330 + Math.sin(t) * 30;
    this.seconds += delta / 1000;
    this.clock.setText(Math.floor(this.seconds) + ' s');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Tide });
