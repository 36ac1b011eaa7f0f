// Simon memory game with 4 coloured pads: the game plays the sequence by lighting one pad every 600 ms in order from the first step to the newest, then the player must click the pads in the same order. A correct full answer adds one random step and plays the sequence again; a wrong click ends the game showing the number of rounds completed, and Space starts a new game.
const PADS = [
  { x: 290, y: 200, color: 0x2e7d32, lit: 0x69f0ae },
  { x: 510, y: 200, color: 0xc62828, lit: 0xff8a80 },
  { x: 290, y: 420, color: 0xf9a825, lit: 0xffff8d },
  { x: 510, y: 420, color: 0x1565c0, lit: 0x82b1ff }
];

class Simon extends Phaser.Scene {
  constructor() {
    super('simon');
  }

  create() {
    this.cameras.main.setBackgroundColor('#111111');
    this.pads = PADS.map((p, i) => {
      const r = this.add.rectangle(p.x, p.y, 200, 200, p.color).setStrokeStyle(6, 0x000000).setInteractive({ useHandCursor: true });
      r.on('pointerdown', () => this.press(i));
      return r;
    });
    this.statusText = this.add.text(400, 40, '', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.sequence = [];
    this.rounds = 0;
    this.playTimer = null;
    this.state = 'watch';
    this.input.keyboard.on('keydown-SPACE', () => {
      if (this.state === 'over') this.scene.restart();
    });
    this.nextRound();
  }

  flash(i, ms) {
    this.pads[i].setFillStyle(PADS[i].lit);
    this.time.delayedCall(ms, () => this.pads[i].setFillStyle(PADS[i].color));
  }

  nextRound() {
    this.sequence.push(Phaser.Math.Between(0, 3));
    this.state = 'watch';
    this.statusText.setText('Watch... (round ' + (this.rounds + 1) + ')');
    this.time.delayedCall(700, () => this.playSequence());
  }

  playSequence() {
    const seq = this.sequence;
    this.playTimer = this.time.addEvent({
      delay: 600,
      repeat: seq.length - 1,
      callback: () => {
        const index = seq.length - 1 - this.playTimer.repeatCount;
        this.flash(seq[index], 400);
        if (index === seq.length - 1) {
          this.time.delayedCall(450, () => {
            this.state = 'answer';
            this.answerIndex = 0;
            this.statusText.setText('Your turn: ' + seq.length + ' steps');
          });
        }
      }
    });
  }

  press(i) {
    if (this.state !== 'answer') return;
    this.flash(i, 200);
    if (i !== this.sequence[this.answerIndex]) {
      this.state = 'over';
      this.statusText.setText('Wrong! Rounds completed: ' + this.rounds + '   Space: new game');
      this.cameras.main.shake(250, 0.01);
      return;
    }
    this.answerIndex++;
    if (this.answerIndex === this.sequence.length) {
      this.rounds++;
      this.state = 'watch';
      this.time.delayedCall(500, () => this.nextRound());
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: Simon
};

new Phaser.Game(config);
