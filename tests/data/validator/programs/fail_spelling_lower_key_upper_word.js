// Spell the word shown by typing its letters; each right letter fills a box, and a finished word scores a point
const WORDS = ['CAT', 'DOG', 'FISH', 'TREE'];
class Spell extends Phaser.Scene {
  create() {
    this.score = 0;
    this.word = WORDS[0];
    this.pos = 0;
    this.shown = this.add.text(400, 260, '_ _ _', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
    this.info = this.add.text(16, 16, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
    this.input.keyboard.on('keydown', (event) => {
      const letter = event.key;
      if (letter !== this.word[this.pos]) return;
      this.pos += 1;
      this.shown.setText(this.word.slice(0, this.pos).split('').join(' ') + ' _'.repeat(this.word.length - this.pos));
      if (this.pos === this.word.length) {
        this.score += 1;
        this.info.setText('Score: ' + this.score);
        this.word = WORDS[this.score % WORDS.length];
        this.pos = 0;
      }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Spell });
