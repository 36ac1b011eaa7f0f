// 5 heart segments of health; press H to take a hit, each hit removes one segment
class HeartScene extends Phaser.Scene {
  constructor() { super('hearts'); }
  create() {
    this.hp = 5;
    this.bar = this.add.graphics();
    this.info = this.add.text(20, 80, '', { fontSize: '20px', color: '#fff' });
    this.drawBar();
    this.input.keyboard.on('keydown-H', () => { if (this.hp > 0) { this.hp -= 1; this.drawBar(); } });
    this.input.on('pointerdown', () => { if (this.hp > 0) { this.hp -= 1; this.drawBar(); } });
  }
  drawBar() {
    this.bar.fillStyle(0xe53935, 1);
    for (let i = 0; i < this.hp; i++) this.bar.fillRect(20 + i * 44, 30, 38, 30);
    this.info.setText('HP ' + this.hp + ' / 5');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: HeartScene });
