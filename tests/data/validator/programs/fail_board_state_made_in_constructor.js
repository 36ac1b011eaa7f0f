// Three-in-a-row on a 3x3 board with a "New game" button that restarts the scene; the board state is made in the constructor
class Board extends Phaser.Scene {
  constructor() {
    super('board');
    this.game3 = { cells: Array(9).fill(''), turn: 'X', over: false };
  }
  preload() {}
  create() {
    this.marks = [];
    for (let i = 0; i < 9; i++) {
      const x = 250 + (i % 3) * 150;
      const y = 150 + Math.floor(i / 3) * 150;
      const cell = this.add.rectangle(x, y, 140, 140, 0x334455).setInteractive();
      this.marks.push(this.add.text(x, y, '', { fontSize: '64px', color: '#ffffff' }).setOrigin(0.5));
      cell.on('pointerdown', () => this.play(i));
    }
    this.add.text(400, 560, 'New game', { fontSize: '28px', color: '#ffff88' }).setOrigin(0.5).setInteractive()
      .on('pointerdown', () => this.scene.restart());
  }
  play(i) {
    const g = this.game3;
    if (g.over || g.cells[i]) return;
    g.cells[i] = g.turn;
    this.marks[i].setText(g.turn);
    if (g.cells.every((c) => c)) g.over = true;
    g.turn = g.turn === 'X' ? 'O' : 'X';
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#112233', scene: Board });
