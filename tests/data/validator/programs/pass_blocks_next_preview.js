// Falling blocks with a preview: a NEXT box beside the 10x20 board always shows the piece that will fall next, and when the current piece locks that previewed piece is the one that enters the board (a new random piece then appears in the box); pieces fall every 500 ms, LEFT/RIGHT move, UP rotates, DOWN drops one row, and each cleared row scores 100.
const CELL = 24;
const COLS = 10;
const ROWS = 20;
const SHAPES = [
  { m: [[1, 1, 1, 1]], c: 0x40e0f0 },
  { m: [[1, 1], [1, 1]], c: 0xf0e040 },
  { m: [[0, 1, 0], [1, 1, 1]], c: 0xb050f0 },
  { m: [[0, 1, 1], [1, 1, 0]], c: 0x50e060 },
  { m: [[1, 1, 0], [0, 1, 1]], c: 0xf05050 },
  { m: [[1, 0, 0], [1, 1, 1]], c: 0x5070f0 },
  { m: [[0, 0, 1], [1, 1, 1]], c: 0xf0a040 }
];

class PreviewBlocks extends Phaser.Scene {
  constructor() {
    super('preview-blocks');
  }

  create() {
    this.grid = [];
    for (let r = 0; r < ROWS; r++) this.grid.push(new Array(COLS).fill(0));
    this.score = 0;
    this.over = false;
    this.ox = 40;
    this.oy = 20;
    this.gfx = this.add.graphics();
    this.scoreText = this.add.text(320, 40, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
    this.add.text(320, 90, 'NEXT', { fontSize: '18px', color: '#cccccc' });
    this.nextShape = Phaser.Utils.Array.GetRandom(SHAPES);

    this.input.keyboard.on('keydown-LEFT', () => this.tryMove(-1, 0, this.piece.m));
    this.input.keyboard.on('keydown-RIGHT', () => this.tryMove(1, 0, this.piece.m));
    this.input.keyboard.on('keydown-DOWN', () => this.fall());
    this.input.keyboard.on('keydown-UP', () => this.tryMove(0, 0, this.rotate(this.piece.m)));

    this.spawn();
    this.dropTimer = this.time.addEvent({ delay: 500, loop: true, callback: this.fall, callbackScope: this });
  }

  rotate(m) {
    return m[0].map((_, c) => m.map((row) => row[c]).reverse());
  }

  fits(m, x, y) {
    for (let r = 0; r < m.length; r++) {
      for (let c = 0; c < m[r].length; c++) {
        if (!m[r][c]) continue;
        const gx = x + c;
        const gy = y + r;
        if (gx < 0 || gx >= COLS || gy >= ROWS) return false;
        if (gy >= 0 && this.grid[gy][gx]) return false;
      }
    }
    return true;
  }

  tryMove(dx, dy, m) {
    if (this.over) return false;
    const p = this.piece;
    if (!this.fits(m, p.x + dx, p.y + dy)) return false;
    p.x += dx;
    p.y += dy;
    p.m = m;
    this.draw();
    return true;
  }

  spawn() {
    const s = this.nextShape;
    this.nextShape = Phaser.Utils.Array.GetRandom(SHAPES);
    this.piece = { m: s.m, c: s.c, x: Math.floor((COLS - s.m[0].length) / 2), y: 0 };
    if (!this.fits(this.piece.m, this.piece.x, this.piece.y)) {
      this.over = true;
      this.dropTimer && this.dropTimer.remove();
      this.add.text(this.ox + COLS * CELL / 2, 240, 'GAME OVER', { fontSize: '30px', color: '#ff6060' }).setOrigin(0.5);
    }
    this.draw();
  }

  fall() {
    if (this.over) return;
    if (this.tryMove(0, 1, this.piece.m)) return;
    const p = this.piece;
    p.m.forEach((row, r) => row.forEach((v, c) => {
      if (v && p.y + r >= 0) this.grid[p.y + r][p.x + c] = p.c;
    }));
    let cleared = 0;
    for (let r = ROWS - 1; r >= 0;) {
      if (this.grid[r].every((v) => v)) {
        this.grid.splice(r, 1);
        this.grid.unshift(new Array(COLS).fill(0));
        cleared++;
      } else {
        r--;
      }
    }
    this.score += cleared * 100;
    this.scoreText.setText('Score: ' + this.score);
    this.spawn();
  }

  draw() {
    const g = this.gfx;
    g.clear();
    g.fillStyle(0x15151f, 1);
    g.fillRect(this.ox, this.oy, COLS * CELL, ROWS * CELL);
    const cell = (x, y, color) => {
      g.fillStyle(color, 1);
      g.fillRect(this.ox + x * CELL + 1, this.oy + y * CELL + 1, CELL - 2, CELL - 2);
    };
    this.grid.forEach((row, r) => row.forEach((v, c) => { if (v) cell(c, r, v); }));
    const p = this.piece;
    p.m.forEach((row, r) => row.forEach((v, c) => { if (v && p.y + r >= 0) cell(p.x + c, p.y + r, p.c); }));
    g.lineStyle(2, 0x8888aa, 1);
    g.strokeRect(this.ox, this.oy, COLS * CELL, ROWS * CELL);
    g.strokeRect(316, 116, 120, 80);
    const n = this.nextShape;
    const px = 376 - n.m[0].length * CELL / 2;
    const py = 156 - n.m.length * CELL / 2;
    n.m.forEach((row, r) => row.forEach((v, c) => {
      if (!v) return;
      g.fillStyle(n.c, 1);
      g.fillRect(px + c * CELL + 1, py + r * CELL + 1, CELL - 2, CELL - 2);
    }));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 560,
  height: 520,
  backgroundColor: '#0b0b12',
  scene: [PreviewBlocks]
};

new Phaser.Game(config);
