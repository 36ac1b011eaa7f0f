// Conway's Game of Life on a 40x30 grid of 20 px cells (edges wrap): click toggles a cell, SPACE starts/pauses 5 generations per second, N steps one generation while paused, C clears; the generation count is shown.
const COLS = 40;
const ROWS = 30;
const CELL = 20;

class LifeScene extends Phaser.Scene {
  constructor() {
    super('Life');
  }

  create() {
    this.grid = this.makeGrid();
    this.next = this.makeGrid();
    this.generation = 0;
    this.running = false;

    this.gfx = this.add.graphics();
    this.label = this.add.text(8, 8, '', { fontFamily: 'monospace', fontSize: '16px', color: '#ffffff',
      backgroundColor: '#000000aa', padding: { x: 6, y: 4 } }).setDepth(1);

    this.stepTimer = this.time.addEvent({
      delay: 200, loop: true, paused: true, callback: this.step, callbackScope: this
    });

    this.input.on('pointerdown', (pointer) => {
      const col = Math.floor(pointer.x / CELL);
      const row = Math.floor(pointer.y / CELL);
      if (col < 0 || col >= COLS || row < 0 || row >= ROWS) return;
      this.grid[row][col] = this.grid[row][col] ? 0 : 1;
      this.draw();
    });

    this.input.keyboard.on('keydown-SPACE', () => {
      this.running = !this.running;
      this.stepTimer.paused = !this.running;
      this.draw();
    });
    this.input.keyboard.on('keydown-N', () => {
      if (!this.running) this.step();
    });
    this.input.keyboard.on('keydown-C', () => {
      this.grid.forEach((row) => row.fill(0));
      this.generation = 0;
      this.draw();
    });

    this.draw();
  }

  makeGrid() {
    return Array.from({ length: ROWS }, () => new Array(COLS).fill(0));
  }

  countNeighbours(row, col) {
    let n = 0;
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        if (dr === 0 && dc === 0) continue;
        const r = (row + dr + ROWS) % ROWS;
        const c = (col + dc + COLS) % COLS;
        n += this.grid[r][c];
      }
    }
    return n;
  }

  step() {
    for (let r = 0; r < ROWS; r++) {
      for (let c = 0; c < COLS; c++) {
        const n = this.countNeighbours(r, c);
        const alive = this.grid[r][c] === 1;
        this.next[r][c] = (n === 3 || (alive && n === 2)) ? 1 : 0;
      }
    }
    this.grid = this.next;
    this.generation++;
    this.draw();
  }

  draw() {
    this.gfx.clear();
    this.gfx.lineStyle(1, 0x223344, 1);
    for (let c = 0; c <= COLS; c++) this.gfx.lineBetween(c * CELL, 0, c * CELL, ROWS * CELL);
    for (let r = 0; r <= ROWS; r++) this.gfx.lineBetween(0, r * CELL, COLS * CELL, r * CELL);
    this.gfx.fillStyle(0x7cfc8a, 1);
    let population = 0;
    for (let r = 0; r < ROWS; r++) {
      for (let c = 0; c < COLS; c++) {
        if (!this.grid[r][c]) continue;
        population++;
        this.gfx.fillRect(c * CELL + 1, r * CELL + 1, CELL - 2, CELL - 2);
      }
    }
    const state = this.running ? 'running' : 'paused';
    this.label.setText(`Generation ${this.generation}  Population ${population}  (${state})`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: COLS * CELL,
  height: ROWS * CELL,
  backgroundColor: '#0b1320',
  scene: LifeScene
});
