// Drum rhythm: notes scroll left to the hit line in time with the song; press SPACE when a note reaches the line (PERFECT within 60 ms, GOOD within 150 ms)
const HIT_X = 160, SPEED = 0.3;
class Drum extends Phaser.Scene {
  constructor() { super('drum'); }
  create() {
    this.songTime = 0;
    this.notes = [];
    for (let i = 0; i < 16; i++) {
      const t = 1500 + i * 600;
      this.notes.push({ t, done: false, dot: this.add.circle(HIT_X + t * SPEED, 300, 16, 0xff7043) });
    }
    this.add.rectangle(HIT_X, 300, 4, 120, 0xffffff);
    this.judge = this.add.text(400, 140, '', { fontSize: '36px', color: '#fff59d' }).setOrigin(0.5);
    this.score = 0;
    this.input.keyboard.on('keydown-SPACE', () => this.hit());
  }
  hit() {
    const note = this.notes.find((n) => !n.done);
    if (!note) return;
    const diff = Math.abs(this.songTime - note.t);
    if (diff > 150) return;
    note.done = true;
    note.dot.setVisible(false);
    this.score += diff <= 60 ? 2 : 1;
    this.judge.setText(diff <= 60 ? 'PERFECT' : 'GOOD');
  }
  update(time, delta) {
    this.songTime += delta;
    for (const n of this.notes) {
      n.dot.x = HIT_X + (n.t - this.songTime) * SPEED;
      if (!n.done && this.songTime - n.t > 150) { n.done = true; n.dot.setFillStyle(0x555555); this.judge.setText('MISS'); }
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1a1a2e', scene: Drum });
