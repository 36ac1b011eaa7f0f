// Simon says with four coloured pads (click them or press keys 1-4): each round adds one random pad to the end of the sequence and replays the whole sequence in order, one flash every 600 ms, then the player must repeat it in the same order. A wrong pad ends the game and shows the round reached; SPACE starts a new game.
const PAD_COLORS = [0x2ecc40, 0xff4136, 0xffdc00, 0x0074d9];
const PAD_POS = [[300, 200], [500, 200], [300, 400], [500, 400]];
const KEY_NAMES = ['ONE', 'TWO', 'THREE', 'FOUR'];

class SimonScene extends Phaser.Scene {
  constructor() {
    super('Simon');
  }

  create() {
    this.pads = PAD_POS.map(([x, y], i) => {
      const pad = this.add.rectangle(x, y, 180, 180, PAD_COLORS[i]).setAlpha(0.3).setStrokeStyle(4, 0xffffff, 0.4);
      this.add.text(x, y, String(i + 1), { fontSize: '40px', color: '#000000' }).setOrigin(0.5).setAlpha(0.5);
      pad.setInteractive({ useHandCursor: true });
      pad.on('pointerdown', () => this.press(i));
      this.input.keyboard.on('keydown-' + KEY_NAMES[i], () => this.press(i));
      return pad;
    });

    this.info = this.add.text(400, 40, '', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.roundText = this.add.text(400, 560, '', { fontSize: '22px', color: '#cccccc' }).setOrigin(0.5);

    this.input.keyboard.on('keydown-SPACE', () => {
      if (this.state === 'over') this.newGame();
    });

    this.newGame();
  }

  newGame() {
    this.sequence = [];
    this.round = 0;
    this.state = 'watch';
    this.info.setText('Watch...');
    this.time.delayedCall(700, () => this.nextRound());
  }

  nextRound() {
    this.round += 1;
    this.sequence.push(Phaser.Math.Between(0, 3));
    this.inputIndex = 0;
    this.state = 'watch';
    this.info.setText('Watch...');
    this.roundText.setText('Round ' + this.round);

    const n = this.sequence.length;
    const player = this.time.addEvent({
      delay: 600,
      repeat: n - 1,
      callback: () => {
        this.flash(this.sequence[n - 1 - player.repeatCount]);
        if (player.repeatCount === 0) {
          this.time.delayedCall(450, () => {
            this.state = 'input';
            this.info.setText('Your turn');
          });
        }
      }
    });
  }

  flash(index) {
    const pad = this.pads[index];
    this.tweens.killTweensOf(pad);
    pad.setAlpha(1);
    this.tweens.add({ targets: pad, alpha: 0.3, delay: 220, duration: 200 });
  }

  press(index) {
    if (this.state !== 'input') return;
    this.flash(index);
    if (index !== this.sequence[this.inputIndex]) {
      this.state = 'over';
      this.info.setText('Wrong pad! You reached round ' + this.round);
      this.roundText.setText('Press SPACE to play again');
      this.cameras.main.shake(250, 0.01);
      return;
    }
    this.inputIndex += 1;
    if (this.inputIndex === this.sequence.length) {
      this.state = 'watch';
      this.info.setText('Correct!');
      this.time.delayedCall(900, () => this.nextRound());
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#111111',
  scene: SimonScene
};

new Phaser.Game(config);
