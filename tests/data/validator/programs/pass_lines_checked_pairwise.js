// Noughts and crosses: click a cell to place X or O in turn; three in a row wins
const LINES = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];
class Board extends Phaser.Scene {
  create() {
    this.cells = Array(9).fill('');
    this.mark = 'X';
    this.msg = this.add.text(20, 20, 'X to play', { fontSize: '24px', color: '#ffffff' });
    for (let i = 0; i < 9; i++) {
      const cell = this.add.rectangle(250 + (i % 3) * 100, 200 + Math.floor(i / 3) * 100, 90, 90, 0x334455).setInteractive();
      cell.on('pointerdown', () => this.play(i));
    }
  }
  play(i) {
    if (this.cells[i]) return;
    this.cells[i] = this.mark;
    this.add.text(235 + (i % 3) * 100, 180 + Math.floor(i / 3) * 100, this.mark, { fontSize: '40px', color: '#ffcc00' });
    const won = LINES.some(([a, b, c]) => this.cells[a] !== '' && this.cells[a] === this.cells[b] && this.cells[b] === this.cells[c]);
    if (won) { this.msg.setText(this.mark + ' wins!'); return; }
    this.mark = this.mark === 'X' ? 'O' : 'X';
    this.msg.setText(this.mark + ' to play');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Board });
