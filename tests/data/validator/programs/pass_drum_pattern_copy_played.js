// Drum copycat: the computer plays a pattern of pads (it lights each in turn), then you repeat it by clicking the pads
const PADS = [0xe53935, 0x1e88e5, 0x43a047];
class Drums extends Phaser.Scene {
  constructor() { super('drums'); }
  create() {
    this.pads = PADS.map((c, i) => this.add.rectangle(80 + i * 120, 150, 100, 100, c).setAlpha(0.5).setInteractive());
    this.pads.forEach((p, i) => p.on('pointerdown', () => this.press(i)));
    this.info = this.add.text(10, 10, '', { fontSize: '16px', color: '#fff' });
    this.pattern = [0, 2, 1, 2];
    this.playPattern();
  }
  playPattern() {
    this.pos = 0;
    this.info.setText('listen...');
    const notes = this.pattern.slice();
    this.time.addEvent({
      delay: 400, repeat: Math.max(notes.length - 1, 0),
      callback: () => {
        const next = notes.shift();
        if (next === undefined) return;
        const pad = this.pads[next];
        pad.setAlpha(1);
        this.time.delayedCall(200, () => pad.setAlpha(0.5));
        if (!notes.length) this.info.setText('your turn');
      },
    });
  }
  press(i) {
    if (i !== this.pattern[this.pos]) { this.info.setText('wrong! listen again'); this.time.delayedCall(600, () => this.playPattern()); return; }
    this.pos += 1;
    if (this.pos === this.pattern.length) this.info.setText('well played!');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 260, backgroundColor: '#111', scene: Drums });
