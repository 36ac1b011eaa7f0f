// Mind reader: the player thinks of a number from 1 to 100 and the computer finds it by halving the range, answering each guess with Higher, Lower or Correct buttons; after a short timer pause it shows its next guess, and it must succeed within 7 guesses.
const MIN = 1;
const MAX = 100;

function makeButton(scene, x, y, label, color, onClick) {
  const bg = scene.add.rectangle(0, 0, 170, 58, color).setStrokeStyle(3, 0xffffff, 0.6);
  const text = scene.add.text(0, 0, label, { fontSize: '26px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
  const button = scene.add.container(x, y, [bg, text]).setSize(170, 58).setInteractive({ useHandCursor: true });
  button.on('pointerover', () => bg.setAlpha(0.8));
  button.on('pointerout', () => bg.setAlpha(1));
  button.on('pointerdown', onClick);
  return button;
}

class IntroScene extends Phaser.Scene {
  constructor() { super('Intro'); }

  create() {
    this.add.text(400, 180, 'Mind Reader', { fontSize: '56px', color: '#f1faee', fontStyle: 'bold' }).setOrigin(0.5);
    this.add.text(400, 270, `Think of a whole number from ${MIN} to ${MAX}.\nI will find it in 7 guesses or fewer.`, { fontSize: '24px', color: '#a8dadc', align: 'center' }).setOrigin(0.5);
    makeButton(this, 400, 400, 'Ready', 0x457b9d, () => this.scene.start('Guess'));
  }
}

class GuessScene extends Phaser.Scene {
  constructor() { super('Guess'); }

  create() {
    this.low = MIN;
    this.high = MAX;
    this.tries = 0;
    this.thinking = false;
    this.done = false;

    this.question = this.add.text(400, 170, '', { fontSize: '44px', color: '#f1faee' }).setOrigin(0.5);
    this.info = this.add.text(400, 240, '', { fontSize: '22px', color: '#a8dadc' }).setOrigin(0.5);
    this.buttons = [
      makeButton(this, 200, 380, 'Higher', 0x2a9d8f, () => this.answer('higher')),
      makeButton(this, 400, 380, 'Correct!', 0xe9c46a, () => this.answer('correct')),
      makeButton(this, 600, 380, 'Lower', 0xe76f51, () => this.answer('lower'))
    ];
    this.nextGuess();
  }

  nextGuess() {
    this.thinking = true;
    this.question.setText('Hmm...');
    this.time.delayedCall(400, () => {
      this.guess = Math.floor((this.low + this.high) / 2);
      this.tries++;
      this.thinking = false;
      this.question.setText(`Is it ${this.guess}?`);
      this.info.setText(`Guess ${this.tries}  ·  range ${this.low} – ${this.high}`);
    });
  }

  answer(hint) {
    if (this.thinking || this.done) return;
    if (hint === 'correct') {
      this.finish(`Got it: ${this.guess}!`, `Found in ${this.tries} ${this.tries === 1 ? 'guess' : 'guesses'}.`);
      return;
    }
    if (hint === 'higher') this.low = this.guess + 1;
    else this.high = this.guess - 1;

    if (this.low > this.high) {
      this.finish('That cannot be right!', 'Your answers contradict each other.');
      return;
    }
    this.nextGuess();
  }

  finish(title, details) {
    this.done = true;
    this.question.setText(title);
    this.info.setText(details);
    makeButton(this, 400, 470, 'Play again', 0x457b9d, () => this.scene.start('Intro'));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 520,
  backgroundColor: '#1d3557',
  scene: [IntroScene, GuessScene]
});
