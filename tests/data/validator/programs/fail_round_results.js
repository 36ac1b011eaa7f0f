// Mental maths rounds: each round has 10 addition or subtraction questions (numbers up to 20, answers never negative) answered with the number keys and Enter; after the 10th answer a results panel (a separate overlay scene) shows that round's number and how many of its 10 answers were right while the game is paused, and Space closes the panel and starts the next round.
class GameScene extends Phaser.Scene {
  constructor() {
    super('Game');
  }

  create() {
    this.stats = { round: 0, asked: 0, correct: 0 };
    this.typed = '';
    this.hud = this.add.text(20, 20, '', { fontSize: '22px', color: '#e0e1dd' });
    this.question = this.add.text(400, 250, '', { fontSize: '64px', color: '#ffffff' }).setOrigin(0.5);
    this.answerText = this.add.text(400, 340, '', { fontSize: '48px', color: '#ffd166' }).setOrigin(0.5);
    this.flash = this.add.text(400, 420, '', { fontSize: '30px', color: '#06d6a0' }).setOrigin(0.5);
    this.add.text(400, 560, 'Number keys to type, Backspace to fix, Enter to answer', {
      fontSize: '18px', color: '#778da9'
    }).setOrigin(0.5);

    this.input.keyboard.on('keydown', (event) => {
      if (/^[0-9]$/.test(event.key) && this.typed.length < 2) {
        this.typed += event.key;
      } else if (event.key === 'Backspace') {
        this.typed = this.typed.slice(0, -1);
      } else if (event.key === 'Enter' && this.typed !== '') {
        this.answer();
      }
      this.answerText.setText(this.typed || '_');
    });

    this.startRound();
  }

  startRound() {
    this.stats.round += 1;
    this.stats.asked = 0;
    this.stats.correct = 0;
    this.nextQuestion();
  }

  nextQuestion() {
    const plus = Math.random() < 0.5;
    let a = Phaser.Math.Between(0, 20);
    let b = Phaser.Math.Between(0, 20);
    if (!plus && b > a) {
      [a, b] = [b, a];
    }
    this.current = { text: a + (plus ? ' + ' : ' \u2212 ') + b, value: plus ? a + b : a - b };
    this.typed = '';
    this.question.setText(this.current.text + ' =');
    this.answerText.setText('_');
    this.hud.setText('Round ' + this.stats.round + '   Question ' + (this.stats.asked + 1) + ' / 10   Right: ' + this.stats.correct);
  }

  answer() {
    const ok = Number(this.typed) === this.current.value;
    this.stats.asked += 1;
    if (ok) {
      this.stats.correct += 1;
      this.flash.setColor('#06d6a0').setText('Right!');
    } else {
      this.flash.setColor('#ef476f').setText(this.current.text + ' = ' + this.current.value);
    }
    this.flash.setAlpha(1);
    this.tweens.add({ targets: this.flash, alpha: 0, delay: 600, duration: 400 });

    if (this.stats.asked >= 10) {
      this.scene.launch('Results', this.stats);
      this.scene.pause();
      this.startRound();
    } else {
      this.nextQuestion();
    }
  }
}

class ResultsScene extends Phaser.Scene {
  constructor() {
    super('Results');
  }

  init(data) {
    this.result = data;
  }

  create() {
    this.add.rectangle(400, 300, 800, 600, 0x000000, 0.6);
    this.add.rectangle(400, 300, 440, 260, 0x1b263b).setStrokeStyle(4, 0xffd166);
    this.add.text(400, 220, 'Round ' + this.result.round + ' finished', { fontSize: '34px', color: '#ffd166' }).setOrigin(0.5);
    this.add.text(400, 295, this.result.correct + ' / 10 right', { fontSize: '44px', color: '#ffffff' }).setOrigin(0.5);
    const stars = this.result.correct >= 9 ? 3 : this.result.correct >= 6 ? 2 : this.result.correct >= 3 ? 1 : 0;
    this.add.text(400, 355, '\u2605'.repeat(stars) + '\u2606'.repeat(3 - stars), { fontSize: '36px', color: '#ffd166' }).setOrigin(0.5);
    this.add.text(400, 405, 'Press Space for the next round', { fontSize: '20px', color: '#e0e1dd' }).setOrigin(0.5);
    this.input.keyboard.once('keydown-SPACE', () => {
      this.scene.resume('Game');
      this.scene.stop();
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0d1b2a',
  scene: [GameScene, ResultsScene]
};

new Phaser.Game(config);
