// Connect Four for two players: click a column to drop a disc, players alternate Red and Yellow, four in a row wins and names the winner; click after a win to start again.
const COLS = 7;
const ROWS = 6;
const CELL = 80;
const BOARD_X = 120;
const BOARD_Y = 90;
const NAMES = { 1: 'Red', 2: 'Yellow' };
const DISC_COLORS = { 1: 0xe63946, 2: 0xffd60a };

class ConnectFour extends Phaser.Scene {
  constructor() {
    super('ConnectFour');
  }

  init() {
    this.board = Array.from({ length: ROWS }, () => Array(COLS).fill(0));
    this.current = 1;
    this.winner = 0;
    this.busy = false;
  }

  create() {
    const frame = this.add.graphics().setDepth(2);
    frame.fillStyle(0x1d4ed8, 1);
    frame.fillRect(BOARD_X, BOARD_Y, COLS * CELL, ROWS * CELL);
    for (let r = 0; r < ROWS; r++) {
      for (let c = 0; c < COLS; c++) {
        frame.fillStyle(0x0b132b, 1);
        frame.fillCircle(BOARD_X + c * CELL + CELL / 2, BOARD_Y + r * CELL + CELL / 2, CELL * 0.38);
      }
    }
    this.status = this.add.text(400, 40, '', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.updateStatus();

    this.input.on('pointerdown', (pointer) => {
      if (this.winner) {
        this.scene.restart();
        return;
      }
      const col = Math.floor((pointer.x - BOARD_X) / CELL);
      if (col >= 0 && col < COLS) this.dropDisc(col);
    });
  }

  dropDisc(col) {
    if (this.busy) return;
    let row = -1;
    for (let r = ROWS - 1; r >= 0; r--) {
      if (this.board[r][col] === 0) { row = r; break; }
    }
    if (row === -1) return;

    const player = this.current;
    this.board[row][col] = player;
    const x = BOARD_X + col * CELL + CELL / 2;
    const disc = this.add.circle(x, BOARD_Y - CELL / 2, CELL * 0.38, DISC_COLORS[player]).setDepth(1);
    this.busy = true;
    this.tweens.add({
      targets: disc,
      y: BOARD_Y + row * CELL + CELL / 2,
      duration: 120 + row * 60,
      ease: 'Bounce.easeOut',
      onComplete: () => { this.busy = false; }
    });

    if (this.checkWin(row, col)) {
      this.winner = this.current;
    } else {
      this.current = this.current === 1 ? 2 : 1;
    }
    this.updateStatus();
  }

  checkWin(row, col) {
    const p = this.board[row][col];
    const dirs = [[0, 1], [1, 0], [1, 1], [1, -1]];
    return dirs.some(([dr, dc]) => {
      let count = 1;
      for (const s of [1, -1]) {
        let r = row + dr * s, c = col + dc * s;
        while (r >= 0 && r < ROWS && c >= 0 && c < COLS && this.board[r][c] === p) {
          count++; r += dr * s; c += dc * s;
        }
      }
      return count >= 4;
    });
  }

  updateStatus() {
    if (this.winner) {
      this.status.setText(`${NAMES[this.winner]} wins! Click to play again`);
    } else {
      this.status.setText(`${NAMES[this.current]}'s turn`);
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0b132b',
  scene: ConnectFour
});
