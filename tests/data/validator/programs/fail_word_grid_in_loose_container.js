// A word-guess grid: type letters with the keyboard, they appear in the 5x6 grid of boxes.
class Words extends Phaser.Scene {
  constructor() { super('words'); }
  preload() {}
  create() {
    this.board = new Phaser.GameObjects.Container(this, 250, 100);
    this.cells = [];
    for (let r = 0; r < 6; r++) {
      for (let c = 0; c < 5; c++) {
        const box = this.add.rectangle(c * 60, r * 60, 52, 52, 0x333344).setStrokeStyle(2, 0x888899);
        const letter = this.add.text(c * 60, r * 60, '', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
        this.board.add([box, letter]);
        this.cells.push(letter);
      }
    }
    this.typed = 0;
    this.input.keyboard.on('keydown', (event) => {
      if (/^[a-z]$/i.test(event.key) && this.typed < this.cells.length) this.cells[this.typed++].setText(event.key.toUpperCase());
    });
    this.add.text(400, 40, 'WORDS', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Words });
