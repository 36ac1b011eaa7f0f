// Hot-seat Connect Four: players click a column to drop a disc, the current player is shown, and four in a row wins.
const COLS = 7;
const ROWS = 6;
const CELL = 80;
const BX = 120;
const BY = 100;

class ConnectFour extends Phaser.Scene {
  constructor() {
    super('ConnectFour');
  }

  create() {
    this.grid = Array.from({ length: ROWS }, () => Array(COLS).fill(0));
    this.player = 1;
    this.winner = 0;

    const g = this.add.graphics();
    g.fillStyle(0x1e4fd8, 1).fillRoundedRect(BX - 10, BY - 10, COLS * CELL + 20, ROWS * CELL + 20, 16);
    g.fillStyle(0x10102a, 1);
    for (let r = 0; r < ROWS; r++) {
      for (let c = 0; c < COLS; c++) {
        g.fillCircle(BX + c * CELL + CELL / 2, BY + r * CELL + CELL / 2, 32);
      }
    }

    this.status = this.add.text(400, 45, '', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5);
    this.updateStatus();

    this.input.on('pointerdown', pointer => {
      const col = Math.floor((pointer.x - BX) / CELL);
      if (col >= 0 && col < COLS) this.drop(col);
    });
  }

  drop(col) {
    if (this.winner) return;
    let row = -1;
    for (let r = ROWS - 1; r >= 0; r--) {
      if (this.grid[r][col] === 0) { row = r; break; }
    }
    if (row < 0) return;

    this.grid[row][col] = this.player;
    const disc = this.add.circle(BX + col * CELL + CELL / 2, BY - 50, 32, this.player === 1 ? 0xff4444 : 0xffdd33);
    this.tweens.add({ targets: disc, y: BY + row * CELL + CELL / 2, duration: 350, ease: 'Bounce.easeOut' });

    if (this.isWin(row, col)) {
      this.winner = this.player;
      this.status.setText(`Player ${this.player} wins!`);
      return;
    }
    this.player = 3 - this.player;
    this.updateStatus();
  }

  countFrom(row, col, dr, dc) {
    let n = 0;
    let r = row + dr;
    let c = col + dc;
    while (r >= 0 && r < ROWS && c >= 0 && c < COLS && this.grid[r][c] === this.player) {
      n++;
      r += dr;
      c += dc;
    }
    return n;
  }

  isWin(row, col) {
    const directions = [[0, 1], [1, 0], [1, 1], [1, -1]];
    return directions.some(([dr, dc]) => 1 + this.countFrom(row, col, dr, dc) + this.countFrom(row, col, -dr, -dc) >= 4);
  }

  updateStatus() {
    const name = this.player === 1 ? 'Red' : 'Yellow';
    this.status.setText(`Player ${this.player} (${name}) to move`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#10102a',
  scene: ConnectFour
});
