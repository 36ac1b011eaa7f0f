// 随机顺序问答：5 道题每局顺序打乱，点击答案进入下一题
const QUESTIONS = [['1+1=?', '2'], ['2*3=?', '6'], ['9-4=?', '5'], ['8/2=?', '4'], ['3+4=?', '7']];
class Quiz extends Phaser.Scene {
  constructor() { super('quiz'); }
  create() {
    this.order = Phaser.Utils.Array.Shuffle(QUESTIONS.slice());
    this.index = 0;
    this.q = this.add.text(200, 80, '', { fontSize: '28px', color: '#fff' }).setOrigin(0.5);
    this.answer = this.add.text(200, 180, '', { fontSize: '24px', color: '#0f0', backgroundColor: '#222' }).setOrigin(0.5).setInteractive();
    this.answer.on('pointerdown', () => { this.index = (this.index + 1) % QUESTIONS.length; this.show(); });
    this.show();
  }
  show() {
    const [question, answer] = this.order[this.index];
    this.q.setText(question);
    this.answer.setText('answer: ' + answer);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 260, backgroundColor: '#123', scene: Quiz });
