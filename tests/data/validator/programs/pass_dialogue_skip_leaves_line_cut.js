// Visual-novel dialogue box: each line of the story is typed out letter by letter (30 ms per letter); clicking while a line is still typing shows the whole line at once, and clicking when it is fully shown moves on to the next line. After the last line the box says "The End".
const LINES = [
  'The lighthouse keeper had not seen a ship in forty years.',
  'Tonight, a light answered his from across the bay.',
  'He climbed the stairs, two at a time, lantern in hand.',
  'Whoever was out there knew the old signal.',
];

class DialogueScene extends Phaser.Scene {
  constructor() { super('dialogue'); }

  create() {
    this.add.rectangle(400, 480, 760, 180, 0x1b263b).setStrokeStyle(3, 0xe0e1dd);
    this.body = this.add.text(40, 410, '', { fontSize: '22px', color: '#e0e1dd', wordWrap: { width: 720 } });
    this.hint = this.add.text(740, 550, '▼', { fontSize: '18px', color: '#e0e1dd' }).setVisible(false);
    this.index = 0;
    this.typing = null;
    this.showLine();
    this.input.on('pointerdown', () => this.onClick());
  }

  showLine() {
    const line = LINES[this.index];
    this.hint.setVisible(false);
    this.typing = this.tweens.addCounter({
      from: 0,
      to: line.length,
      duration: line.length * 30,
      onUpdate: (tween) => {
        this.body.setText(line.substring(0, Math.floor(tween.getValue())));
      },
      onComplete: () => {
        this.body.setText(line);
        this.typing = null;
        this.hint.setVisible(true);
      },
    });
  }

  onClick() {
    if (this.typing) {
      this.typing.complete();
      return;
    }
    this.index++;
    if (this.index < LINES.length) this.showLine();
    else {
      this.body.setText('The End');
      this.hint.setVisible(false);
      this.input.off('pointerdown');
    }
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0d1b2a', scene: DialogueScene });
