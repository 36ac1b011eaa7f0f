// A six-question trivia round: each question shows its four answers in shuffled order, clicking the right answer scores a point, and the final score is shown after the last question.
const QUESTIONS = [
  { q: 'Which planet is known as the Red Planet?', answers: ['Mars', 'Venus', 'Jupiter', 'Mercury'], correct: 0 },
  { q: 'How many legs does a spider have?', answers: ['Six', 'Eight', 'Ten', 'Twelve'], correct: 1 },
  { q: 'What is the largest ocean on Earth?', answers: ['Atlantic', 'Indian', 'Arctic', 'Pacific'], correct: 3 },
  { q: 'Who painted the Mona Lisa?', answers: ['Van Gogh', 'Picasso', 'Leonardo da Vinci', 'Monet'], correct: 2 },
  { q: 'What gas do plants absorb from the air?', answers: ['Carbon dioxide', 'Oxygen', 'Nitrogen', 'Helium'], correct: 0 },
  { q: 'Which is the smallest prime number?', answers: ['0', '1', '3', '2'], correct: 3 }
];

class TriviaScene extends Phaser.Scene {
  constructor() {
    super('Trivia');
  }

  create() {
    this.score = 0;
    this.qIndex = 0;
    this.locked = false;

    this.add.text(400, 40, 'TRIVIA NIGHT', { fontSize: '34px', color: '#ffcc33', fontStyle: 'bold' }).setOrigin(0.5);
    this.scoreText = this.add.text(780, 20, 'Score: 0', { fontSize: '20px', color: '#ffffff' }).setOrigin(1, 0);
    this.counterText = this.add.text(20, 20, '', { fontSize: '20px', color: '#aaaaaa' });
    this.questionText = this.add.text(400, 140, '', {
      fontSize: '26px', color: '#ffffff', align: 'center', wordWrap: { width: 680 }
    }).setOrigin(0.5);

    this.buttons = [];
    for (let i = 0; i < 4; i++) {
      const y = 250 + i * 80;
      const bg = this.add.rectangle(400, y, 460, 60, 0x2d3a6b).setStrokeStyle(2, 0x8fa6ff);
      const label = this.add.text(400, y, '', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
      bg.setInteractive({ useHandCursor: true }).on('pointerdown', () => this.pick(i));
      this.buttons.push({ bg, label });
    }
    this.showQuestion();
  }

  showQuestion() {
    const q = QUESTIONS[this.qIndex];
    this.answers = Phaser.Math.RND.shuffle(q.answers);
    this.rightAnswer = q.answers[q.correct];

    this.counterText.setText(`Question ${this.qIndex + 1}/${QUESTIONS.length}`);
    this.questionText.setText(q.q);
    this.buttons.forEach((b, i) => {
      b.label.setText(this.answers[i]);
      b.bg.setFillStyle(0x2d3a6b);
    });
    this.locked = false;
  }

  pick(i) {
    if (this.locked) return;
    this.locked = true;
    const right = this.answers[i] === this.rightAnswer;
    if (right) {
      this.score++;
      this.scoreText.setText(`Score: ${this.score}`);
    }
    this.buttons[i].bg.setFillStyle(right ? 0x2e9e4f : 0xb83a3a);
    this.time.delayedCall(700, () => {
      this.qIndex++;
      if (this.qIndex < QUESTIONS.length) this.showQuestion();
      else this.finish();
    });
  }

  finish() {
    this.buttons.forEach(b => { b.bg.setVisible(false); b.label.setVisible(false); });
    this.questionText.setText(`Final score: ${this.score} / ${QUESTIONS.length}`);
    this.finished = true;
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#14182e',
  seed: ['trivia-night'],
  scene: TriviaScene
});
