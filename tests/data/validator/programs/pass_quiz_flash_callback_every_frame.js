// A quiz with three lives and a 10-second timer per question (answer with the A, B or C key): a wrong answer or running out of time costs a life, flashes the screen red and moves on to the next question; losing all lives ends the game.
const QUESTIONS = [
  { q: '7 x 8 = ?', options: ['54', '56', '64'], answer: 1 },
  { q: 'Capital of Japan?', options: ['Tokyo', 'Kyoto', 'Osaka'], answer: 0 },
  { q: 'H2O is...', options: ['Salt', 'Air', 'Water'], answer: 2 },
  { q: 'Fastest land animal?', options: ['Lion', 'Cheetah', 'Horse'], answer: 1 },
  { q: '12 squared = ?', options: ['124', '144', '132'], answer: 1 },
  { q: 'Planets in the Solar System?', options: ['8', '9', '7'], answer: 0 },
  { q: 'Frozen water is called...', options: ['Steam', 'Ice', 'Fog'], answer: 1 },
  { q: 'Opposite of "ancient"?', options: ['Old', 'Modern', 'Early'], answer: 1 }
];
const TIME_LIMIT = 10000;

class QuizScene extends Phaser.Scene {
  constructor() { super('Quiz'); }

  create() {
    this.lives = 3;
    this.score = 0;
    this.qIndex = -1;
    this.qTimer = null;

    this.livesText = this.add.text(20, 20, '', { fontSize: '24px', color: '#ff6677' });
    this.scoreText = this.add.text(400, 20, '', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5, 0);
    this.timeText = this.add.text(780, 20, '', { fontSize: '24px', color: '#ffee88' }).setOrigin(1, 0);
    this.questionText = this.add.text(400, 180, '', { fontSize: '34px', color: '#ffffff' }).setOrigin(0.5);
    this.optionTexts = [0, 1, 2].map(i =>
      this.add.text(400, 300 + i * 70, '', { fontSize: '28px', color: '#cfe3ff' }).setOrigin(0.5));

    ['A', 'B', 'C'].forEach((key, i) => this.input.keyboard.on(`keydown-${key}`, () => this.answer(i)));
    this.updateHud();
    this.nextQuestion();
  }

  update() {
    if (this.qTimer && !this.locked) {
      this.timeText.setText(`Time: ${Math.ceil(this.qTimer.getRemainingSeconds())}`);
    }
  }

  updateHud() {
    this.livesText.setText('♥'.repeat(this.lives));
    this.scoreText.setText(`Score: ${this.score}`);
  }

  nextQuestion() {
    if (this.qTimer) this.qTimer.remove();
    this.qIndex++;
    if (this.qIndex >= QUESTIONS.length) {
      this.scene.start('GameOver', { score: this.score, won: true });
      return;
    }
    const q = QUESTIONS[this.qIndex];
    this.questionText.setText(q.q);
    this.optionTexts.forEach((t, i) => t.setText(`${'ABC'[i]})  ${q.options[i]}`));
    this.locked = false;
    this.qTimer = this.time.addEvent({ delay: TIME_LIMIT, callback: this.loseLife, callbackScope: this });
  }

  answer(i) {
    if (this.locked) return;
    if (i === QUESTIONS[this.qIndex].answer) {
      this.score++;
      this.updateHud();
      this.nextQuestion();
    } else {
      this.loseLife();
    }
  }

  loseLife() {
    this.locked = true;
    this.qTimer.remove();
    this.lives--;
    this.updateHud();
    if (this.lives <= 0) {
      this.scene.start('GameOver', { score: this.score, won: false });
      return;
    }
    this.cameras.main.once('cameraflashcomplete', () => this.nextQuestion());
    this.cameras.main.flash(300, 255, 40, 40);
  }
}

class GameOverScene extends Phaser.Scene {
  constructor() { super('GameOver'); }

  create(data) {
    const title = data.won ? 'Quiz complete!' : 'Out of lives!';
    this.add.text(400, 240, title, { fontSize: '44px', color: '#ffee88' }).setOrigin(0.5);
    this.add.text(400, 320, `Score: ${data.score} / ${QUESTIONS.length}`, { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 400, 'Press SPACE to play again', { fontSize: '22px', color: '#aaaaaa' }).setOrigin(0.5);
    this.input.keyboard.once('keydown-SPACE', () => this.scene.start('Quiz'));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1b2f',
  scene: [QuizScene, GameOverScene]
});
