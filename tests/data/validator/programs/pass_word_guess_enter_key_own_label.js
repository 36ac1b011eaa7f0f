// Guess the word: type letters with the keyboard or the on-screen keys, ENTER submits, DEL erases
const WORD = 'PHASER';
class Guess extends Phaser.Scene {
  constructor() { super('guess'); }
  create() {
    this.typed = '';
    this.out = this.add.text(300, 80, '', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
    this.result = this.add.text(300, 140, '', { fontSize: '24px', color: '#ffeb3b' }).setOrigin(0.5);
    ['ENTER', 'DEL'].forEach((label, i) => {
      const key = this.add.text(220 + i * 140, 300, label, { fontSize: '24px', color: '#000', backgroundColor: '#cfd8dc', padding: { x: 10, y: 6 } }).setInteractive();
      key.on('pointerdown', () => this.press(label));
    });
    this.input.keyboard.on('keydown', (e) => {
      if (e.key === 'Enter') this.press('ENTER');
      else if (e.key === 'Backspace') this.press('DEL');
      else if (/^[a-z]$/i.test(e.key)) this.press(e.key.toUpperCase());
    });
  }
  press(k) {
    if (k === 'ENTER') this.result.setText(this.typed === WORD ? 'Right!' : 'Try again');
    else if (k === 'DEL') this.typed = this.typed.slice(0, -1);
    else if (this.typed.length < WORD.length) this.typed += k;
    this.out.setText(this.typed);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Guess });
