// Typing speed test: type the shown sentence; correct letters turn green and mistakes are counted; when it is finished a result screen shows words per minute and accuracy.
const SENTENCE = 'the quick brown fox jumps over the lazy dog';

class TypingScene extends Phaser.Scene {
  constructor() {
    super('typing');
  }

  create() {
    this.index = 0;
    this.keystrokes = 0;
    this.correct = 0;
    this.startTime = null;

    this.add.text(400, 120, 'Type the sentence below', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.letters = [];
    const startX = 400 - (SENTENCE.length * 16) / 2;
    for (let i = 0; i < SENTENCE.length; i++) {
      const ch = SENTENCE[i] === ' ' ? '\u00b7' : SENTENCE[i];
      this.letters.push(this.add.text(startX + i * 16, 260, ch, { fontFamily: 'monospace', fontSize: '28px', color: '#777777' }));
    }
    this.cursor = this.add.rectangle(startX + 8, 300, 14, 3, 0xffffff);
    this.tweens.add({ targets: this.cursor, alpha: 0, duration: 400, yoyo: true, repeat: -1 });
    this.errorText = this.add.text(400, 360, 'Mistakes: 0', { fontSize: '22px', color: '#ff7675' }).setOrigin(0.5);

    this.input.keyboard.on('keydown', this.onKey, this);
  }

  onKey(event) {
    if (event.key.length !== 1 || this.index >= SENTENCE.length) return;
    if (this.startTime === null) this.startTime = this.time.now;
    this.keystrokes++;
    if (event.key === SENTENCE[this.index]) {
      this.correct++;
      this.letters[this.index].setColor('#55efc4');
      this.index++;
      this.cursor.x += 16;
    } else {
      this.letters[this.index].setColor('#ff7675');
      this.errorText.setText('Mistakes: ' + (this.keystrokes - this.correct));
    }
    if (this.index === SENTENCE.length) this.finish();
  }

  finish() {
    const minutes = (this.time.now - this.startTime) / 60000;
    const wpm = Math.round(SENTENCE.length / 5 / minutes);
    const accuracy = Math.round((this.correct / this.keystrokes) * 100);
    this.scene.start('result', { wpm, accuracy, mistakes: this.keystrokes - this.correct });
  }
}

class ResultScene extends Phaser.Scene {
  constructor() {
    super('result');
  }

  init(data) {
    this.results = data;
  }

  create() {
    const { wpm, accuracy, mistakes } = this.results;
    this.add.text(400, 180, 'Results', { fontSize: '48px', color: '#ffeaa7' }).setOrigin(0.5);
    this.add.text(400, 270, `Speed: ${wpm} WPM`, { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 320, `Accuracy: ${accuracy}%`, { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 370, `Mistakes: ${mistakes}`, { fontSize: '24px', color: '#fab1a0' }).setOrigin(0.5);
    this.add.text(400, 460, 'Press ENTER to try again', { fontSize: '22px', color: '#b2bec3' }).setOrigin(0.5);
    this.input.keyboard.once('keydown-ENTER', () => this.scene.start('typing'));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2d3436',
  scene: [TypingScene, ResultScene]
});
