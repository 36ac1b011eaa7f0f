// Columns: a stick of 3 jewels falls; LEFT/RIGHT move it, UP cycles the jewel order, SPACE drops it, and 3+ equal jewels in a row, column or diagonal vanish for points while the stack settles into chain combos.
const COLS = 6, ROWS = 13, CELL = 36, OX = 20, OY = 20;
const JEWELS = [0xe11d48, 0x16a34a, 0x2563eb, 0xeab308, 0x9333ea];
const DIRS = [[0, 1], [1, 0], [1, 1], [1, -1]];

class ColumnsScene extends Phaser.Scene {
  constructor() { super('Columns'); }

  create() {
    JEWELS.forEach((color, i) => {
      const g = this.make.graphics({}, false);
      g.fillStyle(color).fillTriangle(17, 0, 34, 17, 0, 17).fillTriangle(0, 17, 34, 17, 17, 34);
      g.generateTexture('jewel' + i, 34, 34);
      g.destroy();
    });
    this.add.rectangle(OX, OY, COLS * CELL, ROWS * CELL).setOrigin(0).setStrokeStyle(2, 0x64748b);
    this.board = Array.from({ length: ROWS }, () => Array(COLS).fill(-1));
    this.boardLayer = this.add.group();
    this.score = 0;
    this.scoreText = this.add.text(OX + COLS * CELL + 20, OY, 'Score: 0', { fontSize: '20px', color: '#fff' });
    this.input.keyboard.on('keydown-LEFT', () => this.shift(-1));
    this.input.keyboard.on('keydown-RIGHT', () => this.shift(1));
    this.input.keyboard.on('keydown-UP', () => this.cycle());
    this.input.keyboard.on('keydown-SPACE', () => { while (this.fall()); });
    this.fallTimer = this.time.addEvent({ delay: 600, loop: true, callback: this.fall, callbackScope: this });
    this.spawn();
  }

  spawn() {
    const colors = [0, 1, 2].map(() => Phaser.Math.Between(0, JEWELS.length - 1));
    const container = this.add.container(0, 0, colors.map((c, i) => this.add.image(CELL / 2, CELL / 2 + i * CELL, 'jewel' + c)));
    this.piece = { col: 2, row: -2, colors, container };
    if (this.board[0][2] !== -1) {
      this.fallTimer.remove();
      this.gameOver = true;
      this.add.text(OX + COLS * CELL / 2, 200, 'GAME OVER', { fontSize: '30px', color: '#f87171' }).setOrigin(0.5);
    }
    this.placePiece();
  }

  placePiece() { this.piece.container.setPosition(OX + this.piece.col * CELL, OY + this.piece.row * CELL); }

  free(col, row) { return col >= 0 && col < COLS && row < ROWS && (row < 0 || this.board[row][col] === -1); }

  shift(dx) {
    if (this.gameOver || !this.free(this.piece.col + dx, this.piece.row + 2)) return;
    this.piece.col += dx;
    this.placePiece();
  }

  cycle() {
    if (this.gameOver) return;
    const [top, middle, bottom] = this.piece.colors;
    const cycled = [bottom, top, middle];
    this.piece.container.list.forEach((img, i) => img.setTexture('jewel' + cycled[i]));
    this.piece.colors = cycled;
  }

  fall() {
    if (this.gameOver) return false;
    if (this.free(this.piece.col, this.piece.row + 3)) {
      this.piece.row++;
      this.placePiece();
      return true;
    }
    this.piece.colors.forEach((c, i) => { if (this.piece.row + i >= 0) this.board[this.piece.row + i][this.piece.col] = c; });
    this.piece.container.destroy();
    this.resolve(1);
    this.spawn();
    return false;
  }

  resolve(chain) {
    const hit = new Set();
    for (let r = 0; r < ROWS; r++) for (let c = 0; c < COLS; c++) {
      const v = this.board[r][c];
      if (v === -1) continue;
      for (const [dr, dc] of DIRS) {
        let n = 1;
        while (this.board[r + dr * n] && this.board[r + dr * n][c + dc * n] === v) n++;
        if (n >= 3) for (let k = 0; k < n; k++) hit.add((r + dr * k) * COLS + c + dc * k);
      }
    }
    if (hit.size > 0) {
      hit.forEach(key => { this.board[Math.floor(key / COLS)][key % COLS] = -1; });
      this.score += hit.size * 10 * chain;
      this.scoreText.setText('Score: ' + this.score);
      for (let c = 0; c < COLS; c++) {
        const stack = this.board.map(row => row[c]).filter(v => v !== -1);
        for (let r = ROWS - 1; r >= 0; r--) this.board[r][c] = stack.length ? stack.pop() : -1;
      }
      this.resolve(chain + 1);
      return;
    }
    this.boardLayer.clear(true, true);
    this.board.forEach((row, r) => row.forEach((v, c) => {
      if (v !== -1) this.boardLayer.add(this.add.image(OX + c * CELL + CELL / 2, OY + r * CELL + CELL / 2, 'jewel' + v));
    }));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 420, height: 510, backgroundColor: '#111827', scene: ColumnsScene });
