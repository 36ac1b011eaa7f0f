// Quiz round: 20 seconds per question with a countdown; when time runs out show "Time's up"
const ROUND_TIME = 20;
class QuizScene extends Phaser.Scene {
  constructor() { super('quiz'); }
  create() {
    this.left = ROUND_TIME;
    this.clock = this.add.text(20, 20, 'Time: ' + this.left, { fontSize: '24px', color: '#fff' });
    this.msg = this.add.text(400, 300, '', { fontSize: '40px', color: '#ff5252' }).setOrigin(0.5);
    this.time.addEvent({ delay: 1000, repeat: ROUND_TIME - 1, callback: () => { this.left -= 1; this.clock.setText('Time: ' + this.left); } });
    this.time.delayedCall(ROUND_TIME * 1000, () => this.msg.setText("Time's up"));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#004d40', scene: QuizScene });
