// Typewriter dialogue: each line is revealed one character every 40 ms; a click while typing shows the whole line, a click after it finishes moves to the next of three lines.
const LINES = [
  'Welcome, traveller. The old lighthouse has been dark for years.',
  'Tonight the lamp flickered on by itself, and the tide turned early.',
  'Take this lantern and find out who is keeping the light.'
];

class Title extends Phaser.Scene {
  constructor() { super('title'); }

  create() {
    this.add.text(400, 220, 'The Lighthouse', { fontSize: '48px', color: '#ffe9a8' }).setOrigin(0.5);
    this.add.text(400, 300, 'Click to begin', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    this.input.once('pointerdown', () => this.scene.start('dialogue'));
  }
}

class Dialogue extends Phaser.Scene {
  constructor() { super('dialogue'); }

  create() {
    const box = this.add.container(400, 470);
    box.add(this.add.rectangle(0, 0, 720, 170, 0x101828, 0.92).setStrokeStyle(3, 0xe5c07b));
    this.body = this.add.text(-330, -60, '', { fontSize: '24px', color: '#ffffff', wordWrap: { width: 660 } });
    this.more = this.add.triangle(320, 55, 0, 0, 20, 0, 10, 14, 0xe5c07b).setVisible(false);
    box.add([this.body, this.more]);
    this.tweens.add({ targets: this.more, y: 62, duration: 400, yoyo: true, repeat: -1 });

    this.lineIndex = 0;
    this.finishedAll = false;
    this.input.on('pointerdown', this.handleClick, this);
    this.showLine(0);
  }

  showLine(i) {
    this.lineIndex = i;
    this.full = LINES[i];
    this.index = 0;
    this.typing = true;
    this.more.setVisible(false);
    this.body.setText('');
    this.typer = this.time.addEvent({ delay: 40, loop: true, callback: this.typeNext, callbackScope: this });
  }

  typeNext() {
    const ch = this.full[this.index];
    this.body.setText(this.full.slice(0, this.index + 1));
    this.index++;
    if (ch === ' ') return;
    this.body.setScale(1.01);
    this.time.delayedCall(20, () => this.body.setScale(1));
    if (this.index >= this.full.length) this.finishLine();
  }

  finishLine() {
    this.typer.remove();
    this.index = this.full.length;
    this.body.setText(this.full);
    this.typing = false;
    this.more.setVisible(true);
  }

  handleClick() {
    if (this.typing) {
      this.finishLine();
    } else if (this.lineIndex < LINES.length - 1) {
      this.showLine(this.lineIndex + 1);
    } else if (!this.finishedAll) {
      this.finishedAll = true;
      this.more.setVisible(false);
      this.body.setText('[ The End ]');
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b2a41',
  scene: [Title, Dialogue]
});
