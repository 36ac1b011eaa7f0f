// 划船比赛：交替按 A 和 D 划桨前进，同一个键连按两次船会打转减速
class Row extends Phaser.Scene {
  constructor() { super('row'); }
  create() {
    this.boat = this.add.rectangle(60, 200, 60, 16, 0x8d6e63);
    this.speed = 0;
    this.last = null;
    this.msg = this.add.text(10, 10, '', { fontSize: '16px', color: '#fff' });
    this.input.keyboard.on('keydown', (e) => {
      if (e.keyCode !== 65 && e.keyCode !== 68) return;
      if (e.keyCode === this.last) { this.speed *= 0.3; this.msg.setText('spin!'); return; }
      this.last = e.keyCode;
      this.speed = Math.min(this.speed + 30, 300);
      this.msg.setText('');
    });
  }
  update(time, delta) {
    this.boat.x = Math.min(this.boat.x + this.speed * delta / 1000, 560);
    this.speed = Math.max(0, this.speed - 40 * delta / 1000);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#0277bd', scene: Row });
