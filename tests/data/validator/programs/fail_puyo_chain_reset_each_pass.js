// Puyo-style chains: falling pairs of blobs (arrows move, UP rotates, SPACE drops); 4+ connected same-colour blobs pop, blobs above fall, and each further chain step multiplies the points (x1, x2, x3...), announced as "N-chain!".
const COLS = 6, ROWS = 12, CELL = 36;
const COLORS = [0xef4444, 0x22c55e, 0x3b82f6, 0xfacc15];
const OFFSETS = [[0, -1], [1, 0], [0, 1], [-1, 0]];

class PuyoScene extends Phaser.Scene {
  constructor() { super('Puyo'); }

  init() {
    this.board = Array.from({ length: ROWS }, () => Array(COLS).fill(-1));
    this.score = 0;
    this.maxChain = 0;
  }

  create() {
    this.gfx = this.add.graphics();
    this.scoreText = this.add.text(COLS * CELL + 16, 16, 'Score: 0', { fontSize: '20px', color: '#fff' });
    this.chainText = this.add.text(COLS * CELL / 2, 140, '', { fontSize: '32px', color: '#fde047' }).setOrigin(0.5).setDepth(1);
    this.keys = this.input.keyboard.addKeys('LEFT,RIGHT,UP,DOWN,SPACE');
    this.time.addEvent({ delay: 700, loop: true, callback: () => this.move(0, 1) || this.lock() });
    this.spawn();
  }

  spawn() {
    this.pair = { x: 2, y: 1, rot: 0, colors: [Phaser.Math.Between(0, 3), Phaser.Math.Between(0, 3)] };
    if (this.board[1][2] !== -1) { this.scene.pause(); this.chainText.setText('GAME OVER').setAlpha(1); }
    this.draw();
  }

  cells(p = this.pair) {
    const [dx, dy] = OFFSETS[p.rot];
    return [{ x: p.x, y: p.y, c: p.colors[0] }, { x: p.x + dx, y: p.y + dy, c: p.colors[1] }];
  }

  fits(p) { return this.cells(p).every(({ x, y }) => x >= 0 && x < COLS && y < ROWS && (y < 0 || this.board[y][x] === -1)); }

  move(dx, dy, drot = 0) {
    const next = { ...this.pair, x: this.pair.x + dx, y: this.pair.y + dy, rot: (this.pair.rot + drot) % 4 };
    if (!this.fits(next)) return false;
    this.pair = next;
    this.draw();
    return true;
  }

  lock() {
    this.cells().forEach(({ x, y, c }) => { if (y >= 0) this.board[y][x] = c; });
    this.applyGravity();
    while (true) {
      this.chain = 0;
      const groups = this.findGroups();
      if (groups.length === 0) break;
      this.chain++;
      const popped = groups.flat();
      popped.forEach(({ x, y }) => { this.board[y][x] = -1; });
      this.score += popped.length * 10 * this.chain;
      this.applyGravity();
    }
    this.maxChain = Math.max(this.maxChain, this.chain);
    this.scoreText.setText('Score: ' + this.score);
    if (this.chain >= 2) {
      this.chainText.setText(`${this.chain}-chain!`).setAlpha(1);
      this.tweens.add({ targets: this.chainText, alpha: 0, delay: 600, duration: 400 });
    }
    this.spawn();
  }

  applyGravity() {
    for (let x = 0; x < COLS; x++) {
      const column = this.board.map(row => row[x]).filter(v => v !== -1);
      for (let y = ROWS - 1; y >= 0; y--) this.board[y][x] = column.length ? column.pop() : -1;
    }
  }

  findGroups() {
    const seen = new Set(), groups = [];
    for (let y = 0; y < ROWS; y++) for (let x = 0; x < COLS; x++) {
      const color = this.board[y][x];
      if (color === -1 || seen.has(y * COLS + x)) continue;
      const group = [], stack = [{ x, y }];
      seen.add(y * COLS + x);
      while (stack.length) {
        const cur = stack.pop();
        group.push(cur);
        for (const [dx, dy] of OFFSETS) {
          const nx = cur.x + dx, ny = cur.y + dy;
          if (nx < 0 || nx >= COLS || ny < 0 || ny >= ROWS || seen.has(ny * COLS + nx) || this.board[ny][nx] !== color) continue;
          seen.add(ny * COLS + nx);
          stack.push({ x: nx, y: ny });
        }
      }
      if (group.length >= 4) groups.push(group);
    }
    return groups;
  }

  update() {
    const JustDown = Phaser.Input.Keyboard.JustDown;
    if (JustDown(this.keys.LEFT)) this.move(-1, 0);
    if (JustDown(this.keys.RIGHT)) this.move(1, 0);
    if (JustDown(this.keys.UP)) this.move(0, 0, 1);
    if (JustDown(this.keys.DOWN) && !this.move(0, 1)) this.lock();
    if (JustDown(this.keys.SPACE)) { while (this.move(0, 1)); this.lock(); }
  }

  draw() {
    const g = this.gfx.clear();
    g.lineStyle(2, 0x475569).strokeRect(0, 0, COLS * CELL, ROWS * CELL);
    const blob = (x, y, c) => g.fillStyle(COLORS[c]).fillCircle(x * CELL + CELL / 2, y * CELL + CELL / 2, CELL / 2 - 2);
    this.board.forEach((row, y) => row.forEach((c, x) => { if (c !== -1) blob(x, y, c); }));
    this.cells().forEach(({ x, y, c }) => blob(x, y, c));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 400, height: ROWS * CELL, backgroundColor: '#0f172a', scene: PuyoScene });
