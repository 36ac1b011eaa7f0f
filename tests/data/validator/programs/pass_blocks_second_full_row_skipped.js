// 做一个简化版俄罗斯方块：10×20 的场地，方块定时自动下落，←→ 左右移动、↑ 旋转、↓ 加速下落、空格直接落到底；填满的行要消除并加分（显示分数和消除行数），方块堆到顶部时游戏结束，按 R 重新开始
const COLS = 10;
const ROWS = 20;
const SIZE = 26;
const OX = 20;
const OY = 20;
const SHAPES = [
  [[1, 1, 1, 1]], [[1, 1], [1, 1]], [[0, 1, 0], [1, 1, 1]], [[1, 0, 0], [1, 1, 1]],
  [[0, 0, 1], [1, 1, 1]], [[1, 1, 0], [0, 1, 1]], [[0, 1, 1], [1, 1, 0]]
];
const COLORS = [0x22b8cf, 0xfcc419, 0xae3ec9, 0x1c7ed6, 0xf76707, 0x37b24d, 0xf03e3e];
const LINE_SCORES = [0, 100, 300, 500, 800];

class TetrisScene extends Phaser.Scene {
  constructor() { super('Tetris'); }

  create() {
    this.grid = Array.from({ length: ROWS }, () => new Array(COLS).fill(0));
    this.score = 0;
    this.lines = 0;
    this.gameOver = false;
    this.add.rectangle(OX, OY, COLS * SIZE, ROWS * SIZE, 0x11161c).setOrigin(0).setStrokeStyle(2, 0x868e96);
    this.gfx = this.add.graphics();
    this.scoreText = this.add.text(OX + COLS * SIZE + 20, 40, '', { fontSize: '22px', color: '#ffffff', lineSpacing: 10 });
    this.dropTimer = this.time.addEvent({ delay: 500, loop: true, callback: this.stepDown, callbackScope: this });
    this.spawn();
    this.updateText();
    const kb = this.input.keyboard;
    kb.on('keydown-LEFT', () => this.shift(-1));
    kb.on('keydown-RIGHT', () => this.shift(1));
    kb.on('keydown-UP', () => this.rotate());
    kb.on('keydown-DOWN', () => this.stepDown());
    kb.on('keydown-SPACE', () => this.hardDrop());
    kb.on('keydown-R', () => this.scene.restart());
  }

  spawn() {
    const i = Phaser.Math.Between(0, SHAPES.length - 1);
    this.piece = { shape: SHAPES[i], color: COLORS[i], x: Math.floor((COLS - SHAPES[i][0].length) / 2), y: 0 };
    if (this.collides(this.piece.shape, this.piece.x, this.piece.y)) {
      this.gameOver = true;
      this.dropTimer.remove();
      this.add.text(OX + COLS * SIZE / 2, 260, '游戏结束\n按 R 重新开始', { fontSize: '30px', color: '#ff6b6b', align: 'center' }).setOrigin(0.5);
    }
    this.draw();
  }

  collides(shape, px, py) {
    return shape.some((row, r) => row.some((filled, c) => {
      if (!filled) return false;
      const x = px + c, y = py + r;
      return x < 0 || x >= COLS || y >= ROWS || (y >= 0 && this.grid[y][x] !== 0);
    }));
  }

  shift(dx) {
    if (this.gameOver || this.collides(this.piece.shape, this.piece.x + dx, this.piece.y)) return;
    this.piece.x += dx;
    this.draw();
  }

  rotate() {
    const s = this.piece.shape;
    const rotated = s[0].map((_, c) => s.map(row => row[c]).reverse());
    if (this.gameOver || this.collides(rotated, this.piece.x, this.piece.y)) return;
    this.piece.shape = rotated;
    this.draw();
  }

  stepDown() {
    if (this.gameOver) return;
    if (this.collides(this.piece.shape, this.piece.x, this.piece.y + 1)) this.lock();
    else this.piece.y++;
    this.draw();
  }

  hardDrop() {
    if (this.gameOver) return;
    while (!this.collides(this.piece.shape, this.piece.x, this.piece.y + 1)) this.piece.y++;
    this.lock();
  }

  lock() {
    const { shape, x, y, color } = this.piece;
    shape.forEach((row, r) => row.forEach((filled, c) => { if (filled) this.grid[y + r][x + c] = color; }));
    let cleared = 0;
    for (let r = ROWS - 1; r >= 0; r--) {
      if (this.grid[r].every(cell => cell !== 0)) {
        this.grid.splice(r, 1);
        this.grid.unshift(new Array(COLS).fill(0));
        cleared++;
        r++;
      }
    }
    this.lines += cleared;
    this.score += LINE_SCORES[cleared];
    this.updateText();
    this.spawn();
  }

  updateText() { this.scoreText.setText(`分数：${this.score}\n行数：${this.lines}`); }

  draw() {
    this.gfx.clear();
    const cell = (x, y, color) => this.gfx.fillStyle(color).fillRect(OX + x * SIZE + 1, OY + y * SIZE + 1, SIZE - 2, SIZE - 2);
    this.grid.forEach((row, y) => row.forEach((color, x) => { if (color) cell(x, y, color); }));
    if (this.gameOver) return;
    const { shape, x, y, color } = this.piece;
    shape.forEach((row, r) => row.forEach((filled, c) => { if (filled) cell(x + c, y + r, color); }));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 440,
  height: 560,
  backgroundColor: '#212529',
  scene: TetrisScene
});
