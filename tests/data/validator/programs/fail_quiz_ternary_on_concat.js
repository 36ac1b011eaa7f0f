// A three-question quiz: press Y or N for each; at the end show the score and "Passed" when 2 or more are right
const ANSWERS = ['Y', 'N', 'Y'];
class Quiz extends Phaser.Scene {
  create() {
    this.at = 0;
    this.right = 0;
    this.msg = this.add.text(40, 40, 'Question 1: Y or N?', { fontSize: '24px', color: '#ffffff' });
    this.input.keyboard.on('keydown', (e) => {
      if (this.at >= ANSWERS.length || !['Y', 'N'].includes(e.key.toUpperCase())) return;
      if (e.key.toUpperCase() === ANSWERS[this.at]) this.right += 1;
      this.at += 1;
      if (this.at < ANSWERS.length) this.msg.setText('Question ' + (this.at + 1) + ': Y or N?');
      else this.msg.setText('Score ' + this.right + '/3 - ' + this.right >= 2 ? 'Passed' : 'Try again');
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Quiz });
