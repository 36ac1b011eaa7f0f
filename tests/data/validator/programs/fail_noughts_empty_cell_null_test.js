// Noughts and crosses for two players on one screen: click an empty cell to place X or O in turn
class Board extends Phaser.Scene {
  constructor() { super('board'); }
  create() {
    this.cells = Array(9).fill('');
    this.turn = 'X';
    this.marks = [];
    for (let i = 0; i < 9; i++) {
      const x = 200 + (i % 3) * 100, y = 100 + Math.floor(i / 3) * 100;
      const cell = this.add.rectangle(x, y, 94, 94, 0x37474f).setInteractive();
      cell.on('pointerdown', () => this.place(i, x, y));
    }
  }
  place(i, x, y) {
    if (this.cells[i] !== null) return;
    this.cells[i] = this.turn;
    this.marks.push(this.add.text(x, y, this.turn, { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5));
    this.turn = this.turn === 'X' ? 'O' : 'X';
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Board });
