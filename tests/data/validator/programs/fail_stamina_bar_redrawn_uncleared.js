// A stamina bar drains every half second; the bar is drawn again into the same Graphics without clear(), so the full
// bar drawn first stays under the shorter ones and the bar never looks emptier.
class Stamina extends Phaser.Scene {
  constructor() { super('stamina'); }
  preload() {}
  create() {
    this.stamina = 100;
    this.add.rectangle(400, 300, 60, 60, 0x4fc3f7);
    this.bar = this.add.graphics();
    this.label = this.add.text(20, 60, '', { fontSize: '18px', color: '#ffffff' });
    this.drawBar();
    this.time.addEvent({ delay: 500, loop: true, callback: () => { this.stamina = Math.max(0, this.stamina - 12); this.drawBar(); } });
  }
  drawBar() {
    this.bar.fillStyle(0x66bb6a, 1);
    this.bar.fillRect(20, 20, 3 * this.stamina, 24);
    this.label.setText('Stamina: ' + this.stamina);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#212121', scene: Stamina });
