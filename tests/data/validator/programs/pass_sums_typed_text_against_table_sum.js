// 心算挑战：依次出 5 道加法题，玩家用数字键输入答案、退格键删除、回车提交，答对加 1 分并显示对错提示，5 题答完后切换到结果画面显示总分。
const PROBLEMS = [[12, 7], [25, 18], [9, 6], [34, 27], [15, 15]];

class MathScene extends Phaser.Scene {
  constructor() {
    super('MathScene');
  }

  create() {
    this.current = 0;
    this.score = 0;
    this.typed = '';
    this.locked = false;

    this.add.text(400, 60, '心算挑战', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
    this.progressText = this.add.text(20, 20, '', { fontSize: '20px', color: '#aaaaaa' });
    this.questionText = this.add.text(400, 200, '', { fontSize: '64px', color: '#ffffff' }).setOrigin(0.5);
    this.answerText = this.add.text(400, 300, '', { fontSize: '48px', color: '#ffd54f', backgroundColor: '#333333', padding: { x: 30, y: 8 } }).setOrigin(0.5);
    this.feedbackText = this.add.text(400, 400, '', { fontSize: '32px' }).setOrigin(0.5);
    this.add.text(400, 540, '数字键输入，退格删除，回车提交', { fontSize: '18px', color: '#888888' }).setOrigin(0.5);

    this.input.keyboard.on('keydown', (event) => {
      if (this.locked) return;
      if (/^[0-9]$/.test(event.key) && this.typed.length < 3) {
        this.typed += event.key;
      } else if (event.key === 'Backspace') {
        this.typed = this.typed.slice(0, -1);
      } else if (event.key === 'Enter') {
        this.submitAnswer();
        return;
      }
      this.answerText.setText(this.typed || ' ');
    });

    this.showProblem();
  }

  showProblem() {
    const [a, b] = PROBLEMS[this.current];
    this.typed = '';
    this.locked = false;
    this.questionText.setText(`${a} + ${b} = ?`);
    this.answerText.setText(' ');
    this.feedbackText.setText('');
    this.progressText.setText(`第 ${this.current + 1} / ${PROBLEMS.length} 题    得分: ${this.score}`);
  }

  submitAnswer() {
    if (this.typed === '') return;
    const [a, b] = PROBLEMS[this.current];
    const answer = a + b;
    const correct = Number(this.typed) === answer;
    if (correct) {
      this.score += 1;
      this.feedbackText.setText('答对了！').setColor('#66ff88');
    } else {
      this.feedbackText.setText(`答错了，正确答案是 ${answer}`).setColor('#ff6666');
    }
    this.locked = true;
    this.time.delayedCall(700, () => {
      this.current += 1;
      if (this.current < PROBLEMS.length) {
        this.showProblem();
      } else {
        this.scene.start('ResultScene', { score: this.score, total: PROBLEMS.length });
      }
    });
  }
}

class ResultScene extends Phaser.Scene {
  constructor() {
    super('ResultScene');
  }

  create(data) {
    this.add.text(400, 220, '挑战结束', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 310, `得分：${data.score} / ${data.total}`, { fontSize: '36px', color: '#ffd54f' }).setOrigin(0.5);
    this.add.text(400, 400, '按空格键再来一次', { fontSize: '22px', color: '#aaaaaa' }).setOrigin(0.5);
    this.input.keyboard.once('keydown-SPACE', () => this.scene.start('MathScene'));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b2631',
  scene: [MathScene, ResultScene]
});
