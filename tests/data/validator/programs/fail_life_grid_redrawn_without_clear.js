// Conway's Game of Life on a 40x30 grid: a new generation every 150 ms.
const COLS = 40, ROWS = 30, CELL = 20;
class Life extends Phaser.Scene {
  constructor() { super('life'); }
  preload() {}
  create() {
    this.cells = [];
    for (let r = 0; r < ROWS; r++) this.cells.push(Array.from({ length: COLS }, () => Phaser.Math.Between(0, 4) === 0));
    this.gfx = this.add.graphics();
    this.time.addEvent({ delay: 150, loop: true, callback: this.step, callbackScope: this });
  }
  step() {
    const next = this.cells.map((row, r) => row.map((alive, c) => {
      let n = 0;
      for (let dr = -1; dr <= 1; dr++) for (let dc = -1; dc <= 1; dc++) {
        if ((dr || dc) && this.cells[(r + dr + ROWS) % ROWS][(c + dc + COLS) % COLS]) n++;
      }
      return n === 3 || (alive && n === 2);
    }));
    this.cells = next;
    this.gfx.fillStyle(0x111111, 1).fillRect(0, 0, COLS * CELL, ROWS * CELL);
    this.gfx.fillStyle(0x66ff66, 1);
    for (let r = 0; r < ROWS; r++) for (let c = 0; c < COLS; c++) if (this.cells[r][c]) this.gfx.fillRect(c * CELL + 1, r * CELL + 1, CELL - 2, CELL - 2);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Life });
