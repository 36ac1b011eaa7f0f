// Typing game: type the shown word letter by letter; each fully typed word adds one point and the next word appears.
const WORDS = ['phaser', 'timer', 'sprite', 'camera', 'tween', 'pixel', 'canvas', 'vector'];

class TypingScene extends Phaser.Scene {
  constructor() {
    super('Typing');
  }

  create() {
    this.score = 0;
    this.wordIndex = 0;
    this.cursor = 0;

    this.add.text(400, 90, 'Type the word!', { fontSize: '36px', color: '#ffffff' }).setOrigin(0.5);
    this.scoreText = this.add.text(20, 20, 'Score: 0', { fontSize: '24px', color: '#ffe066' });
    this.doneText = this.add.text(400, 300, '', { fontSize: '64px', fontFamily: 'monospace', color: '#66ff99' }).setOrigin(1, 0.5);
    this.restText = this.add.text(400, 300, '', { fontSize: '64px', fontFamily: 'monospace', color: '#8899aa' }).setOrigin(0, 0.5);
    this.feedback = this.add.text(400, 420, '', { fontSize: '28px', color: '#ff6666' }).setOrigin(0.5);

    this.showWord();
    this.input.keyboard.on('keydown', this.handleKey, this);
  }

  get word() {
    return WORDS[this.wordIndex % WORDS.length];
  }

  showWord() {
    const typed = this.word.slice(0, this.cursor);
    const rest = this.word.slice(this.cursor);
    // centre the whole word around x = 400
    const half = (this.word.length * 38.5) / 2;
    this.doneText.setText(typed).setX(400 - half + typed.length * 38.5);
    this.restText.setText(rest).setX(this.doneText.x);
  }

  handleKey(event) {
    const ch = event.key.toLowerCase();
    if (ch.length !== 1 || ch < 'a' || ch > 'z') {
      return;
    }

    if (ch === this.word[this.cursor]) {
      this.cursor++;
      this.feedback.setText('');
      if (this.cursor === this.word.length) {
        this.score++;
        this.scoreText.setText('Score: ' + this.score);
        this.wordIndex++;
        this.cursor = 0;
        this.tweens.add({ targets: this.scoreText, scale: 1.3, duration: 120, yoyo: true });
      }
      this.showWord();
    } else {
      this.feedback.setText('Oops! Next letter: ' + this.word[this.cursor]);
      this.cameras.main.shake(120, 0.005);
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d2330',
  scene: TypingScene
});
