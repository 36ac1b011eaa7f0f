// Echo: the game shows a growing sequence of arrows; repeat it with the arrow keys
const ARROWS = ['LEFT', 'UP', 'RIGHT', 'DOWN'];
class Echo extends Phaser.Scene {
  create() {
    this.sequence = [];
    this.pos = 0;
    this.prompt = this.add.text(400, 280, '', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5);
    ARROWS.forEach((a, i) => this.input.keyboard.on('keydown-' + a, () => this.answer(i)));
    this.nextRound();
  }
  nextRound() {
    this.sequence.push(Phaser.Math.Between(0, 3));
    this.prompt.setText(this.sequence.map((i) => ARROWS[i]).join(' '));
    this.time.delayedCall(1500, () => { this.pos = 0; this.prompt.setText('Your turn'); });
  }
  answer(i) {
    if (this.sequence[this.pos] !== i) { this.prompt.setText('Wrong!'); return; }
    this.pos++;
    if (this.pos === this.sequence.length) {
      this.prompt.setText('Good!');
      this.time.delayedCall(600, this.nextRound, [], this);
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Echo });
