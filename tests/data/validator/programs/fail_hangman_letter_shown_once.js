// Hangman: guess the hidden word letter by letter with the keyboard; each wrong letter adds a part to a Graphics stick figure, six misses lose, revealing every letter wins, and Enter starts a new round.
const WORDS = ['BUTTON', 'CANVAS', 'PUZZLE', 'LETTER', 'BALLOON', 'COFFEE', 'KITTEN'];
const MAX_MISSES = 6;

class HangmanScene extends Phaser.Scene {
  constructor() {
    super('Hangman');
  }

  create() {
    this.word = Phaser.Utils.Array.GetRandom(WORDS);
    this.revealed = Array.from(this.word, () => '_');
    this.guessed = new Set();
    this.misses = 0;
    this.outcome = 'playing';

    this.gallows = this.add.graphics();
    this.man = this.add.graphics();
    this.drawGallows();

    this.wordText = this.add.text(400, 400, '', { fontFamily: 'monospace', fontSize: '52px', color: '#ffffff' }).setOrigin(0.5);
    this.usedText = this.add.text(400, 470, '', { fontFamily: 'monospace', fontSize: '22px', color: '#9aa4b5' }).setOrigin(0.5);
    this.statusText = this.add.text(400, 540, 'Type a letter to guess', { fontSize: '26px', color: '#ffd166' }).setOrigin(0.5);
    this.refresh();

    this.input.keyboard.on('keydown', this.onKey, this);
  }

  onKey(event) {
    if (this.outcome !== 'playing') {
      if (event.key === 'Enter') this.scene.restart();
      return;
    }
    const letter = event.key.toUpperCase();
    if (!/^[A-Z]$/.test(letter) || this.guessed.has(letter)) return;
    this.guessed.add(letter);

    const at = this.word.indexOf(letter);
    if (at !== -1) {
      this.revealed[at] = letter;
    } else {
      this.misses++;
      this.drawMan();
    }

    if (!this.revealed.includes('_')) {
      this.outcome = 'won';
      this.statusText.setText('You saved him! Press Enter to play again');
    } else if (this.misses >= MAX_MISSES) {
      this.outcome = 'lost';
      this.revealed = Array.from(this.word);
      this.statusText.setText('Hanged! Press Enter to try again').setColor('#ef476f');
    }
    this.refresh();
  }

  refresh() {
    this.wordText.setText(this.revealed.join(' '));
    this.usedText.setText('Used: ' + [...this.guessed].sort().join(' '));
  }

  drawGallows() {
    const g = this.gallows;
    g.lineStyle(8, 0x8d6e63);
    g.lineBetween(250, 330, 450, 330);
    g.lineBetween(300, 330, 300, 60);
    g.lineBetween(296, 60, 464, 60);
    g.lineStyle(3, 0xd7ccc8);
    g.lineBetween(460, 60, 460, 104);
  }

  drawMan() {
    const g = this.man;
    g.clear();
    g.lineStyle(5, 0xffffff);
    const parts = [
      () => g.strokeCircle(460, 130, 26),
      () => g.lineBetween(460, 156, 460, 250),
      () => g.lineBetween(460, 180, 420, 222),
      () => g.lineBetween(460, 180, 500, 222),
      () => g.lineBetween(460, 250, 426, 310),
      () => g.lineBetween(460, 250, 494, 310)
    ];
    parts.slice(0, this.misses).forEach(draw => draw());
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d2433',
  scene: HangmanScene
});
