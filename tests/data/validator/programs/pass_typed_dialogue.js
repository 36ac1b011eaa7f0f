// Visual-novel dialogue box: each of the 5 lines types itself out at 40 ms per letter. Pressing Space while a line is still typing shows the whole line at once (and the blinking ▼ prompt); pressing Space when the line is complete goes to the next line. After the last line the box says "- The End -" and Space starts the dialogue again.
const LINES = [
  { who: 'Mira', text: 'The lighthouse has been dark for three nights now.' },
  { who: 'Old Tom', text: 'Aye. The keeper went up the stairs and never came down.' },
  { who: 'Mira', text: 'Then somebody has to climb up there and look.' },
  { who: 'Old Tom', text: 'Take the lantern, girl. And do not trust the fog.' },
  { who: 'Mira', text: 'I never have. I will be back before the tide turns.' }
];

class Dialogue extends Phaser.Scene {
  constructor() {
    super('dialogue');
  }

  create() {
    this.cameras.main.setBackgroundColor('#1b2838');
    this.add.circle(650, 160, 60, 0xfff3b0).setAlpha(0.8);
    this.add.rectangle(400, 470, 740, 180, 0x000000, 0.75).setStrokeStyle(3, 0xd0d0d0);
    this.nameText = this.add.text(50, 395, '', { fontSize: '22px', color: '#ffcc66', fontStyle: 'bold' });
    this.lineText = this.add.text(50, 430, '', { fontSize: '22px', color: '#ffffff', wordWrap: { width: 690 } });
    this.prompt = this.add.text(735, 525, '▼', { fontSize: '22px', color: '#ffffff' }).setVisible(false);
    this.tweens.add({ targets: this.prompt, alpha: 0.2, duration: 400, yoyo: true, repeat: -1 });

    this.index = 0;
    this.typing = false;
    this.typer = null;
    this.showLine();

    this.input.keyboard.on('keydown-SPACE', () => this.advance());
  }

  showLine() {
    if (this.index >= LINES.length) {
      this.nameText.setText('');
      this.lineText.setText('- The End -');
      this.prompt.setVisible(true);
      return;
    }
    const line = LINES[this.index];
    this.nameText.setText(line.who);
    this.lineText.setText('');
    this.prompt.setVisible(false);
    this.typing = true;
    this.typer = this.tweens.addCounter({
      from: 0,
      to: line.text.length,
      duration: line.text.length * 40,
      onUpdate: (tw) => {
        this.lineText.setText(line.text.substring(0, Math.floor(tw.getValue())));
      },
      onComplete: () => {
        this.lineText.setText(line.text);
        this.typing = false;
        this.typer = null;
        this.prompt.setVisible(true);
      }
    });
  }

  advance() {
    if (this.typing && this.typer) {
      this.typer.complete();
      return;
    }
    if (this.index >= LINES.length) {
      this.index = 0;
    } else {
      this.index++;
    }
    this.showLine();
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: Dialogue
};

new Phaser.Game(config);
