// Notes fall to the line every 700 ms; press SPACE near the line to hit one (it vanishes); a missed note turns red and dim
const SPEED = 0.25;
const LINE_Y = 500;
class Notes extends Phaser.Scene {
  create() {
    this.add.rectangle(400, LINE_Y, 800, 4, 0xffffff);
    this.notes = [];
    for (let i = 0; i < 6; i++) this.notes.push({ time: 1500 + i * 700, judged: false, sprite: this.add.rectangle(400, -40, 80, 20, 0x66ccff) });
    this.songTime = 0;
    this.input.keyboard.on('keydown-SPACE', () => {
      const note = this.notes.find((n) => !n.judged && Math.abs(this.songTime - n.time) <= 120);
      if (!note) return;
      note.judged = true;
      note.sprite.setVisible(false);
    });
  }
  update(time, delta) {
    this.songTime += delta;
    for (const note of this.notes) {
      if (note.judged) continue;
      note.sprite.y = LINE_Y - (note.time - this.songTime) * SPEED;
      if (this.songTime - note.time > 120) {
        note.judged = true;
        note.sprite.setFillStyle(0xff3344).setAlpha(0.5);
      }
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Notes });
