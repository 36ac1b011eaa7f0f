// Spell it: a word is shown; type its letters in order, each right letter turns green; finish the word for a point
const LIST = ['CAT', 'DOG', 'FISH', 'BIRD', 'FROG'];
class Spell extends Phaser.Scene {
  constructor() { super('spell'); }
  create() {
    this.points = 0;
    this.word = this.add.text(200, 100, '', { fontSize: '48px', color: '#fff' }).setOrigin(0.5);
    this.done = this.add.text(200, 100, '', { fontSize: '48px', color: '#4caf50' }).setOrigin(0.5);
    this.score = this.add.text(10, 10, 'points: 0', { fontSize: '16px', color: '#ffeb3b' });
    this.input.keyboard.on('keydown', this.typeLetter, this);
    this.nextWord();
  }
  nextWord() {
    this.target = Phaser.Utils.Array.GetRandom(LIST);
    this.pos = 0;
    this.word.setText(this.target);
    this.done.setText('');
  }
  typeLetter(e) {
    if (e.key === this.target[this.pos]) {
      this.pos += 1;
      this.done.setText(this.target.slice(0, this.pos).padEnd(this.target.length, ' '));
      if (this.pos === this.target.length) {
        this.points += 1;
        this.score.setText('points: ' + this.points);
        this.time.delayedCall(300, () => this.nextWord());
      }
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 200, backgroundColor: '#1a237e', scene: Spell });
