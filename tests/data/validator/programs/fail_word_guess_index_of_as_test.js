// Guess the word: press letters; a wrong letter costs a life (6 lives)
const WORD = 'PHASER';
class Guess extends Phaser.Scene {
  constructor() { super('guess'); }
  create() {
    this.lives = 6; this.found = new Set();
    this.shown = this.add.text(300, 160, '', { fontSize: '44px', color: '#ffffff' }).setOrigin(0.5);
    this.livesText = this.add.text(10, 10, 'Lives: 6', { fontSize: '20px', color: '#ffffff' });
    this.show();
    this.input.keyboard.on('keydown', (e) => {
      const letter = e.key.toUpperCase();
      if (!/^[A-Z]$/.test(letter) || this.lives <= 0) return;
      if (WORD.indexOf(letter)) this.found.add(letter);
      else this.livesText.setText('Lives: ' + (--this.lives));
      this.show();
    });
  }
  show() { this.shown.setText(WORD.split('').map((c) => (this.found.has(c) ? c : '_')).join(' ')); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Guess });
