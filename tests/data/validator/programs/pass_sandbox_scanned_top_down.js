// Falling sand toy: hold the mouse button to pour sand; each step every grain falls one cell down, or slides one cell diagonally when the cell below is taken, and grains pile up on the floor. The number of grains is shown.
const COLS = 100, ROWS = 75, CELL = 8;

class SandScene extends Phaser.Scene {
  constructor() { super('sand'); }

  create() {
    this.grid = [];
    for (let y = 0; y < ROWS; y++) this.grid.push(new Array(COLS).fill(0));
    this.gfx = this.add.graphics();
    this.label = this.add.text(10, 10, 'Grains: 0', { fontSize: '18px', color: '#ffffff' });
    this.grains = 0;
    this.time.addEvent({ delay: 50, loop: true, callback: () => this.step() });
  }

  pour(pointer) {
    const cx = Math.floor(pointer.x / CELL), cy = Math.floor(pointer.y / CELL);
    for (let dx = -1; dx <= 1; dx++) {
      const x = cx + dx;
      if (x >= 0 && x < COLS && cy >= 0 && cy < ROWS && this.grid[cy][x] === 0) {
        this.grid[cy][x] = 1;
        this.grains++;
      }
    }
  }

  step() {
    for (let y = ROWS - 2; y >= 0; y--) {
      for (let x = 0; x < COLS; x++) {
        if (this.grid[y][x] !== 1) continue;
        if (this.grid[y + 1][x] === 0) {
          this.grid[y + 1][x] = this.grid[y][x];
          this.grid[y][x] = 0;
        } else {
          const side = Math.random() < 0.5 ? -1 : 1;
          const nx = x + side;
          if (nx >= 0 && nx < COLS && this.grid[y + 1][nx] === 0) {
            this.grid[y + 1][nx] = 1;
            this.grid[y][x] = 0;
          }
        }
      }
    }
  }

  update() {
    const pointer = this.input.activePointer;
    if (pointer.isDown) this.pour(pointer);
    this.gfx.clear();
    this.gfx.fillStyle(0xe9c46a);
    for (let y = 0; y < ROWS; y++) {
      for (let x = 0; x < COLS; x++) {
        if (this.grid[y][x] === 1) this.gfx.fillRect(x * CELL, y * CELL, CELL, CELL);
      }
    }
    this.label.setText('Grains: ' + this.grains);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: COLS * CELL, height: ROWS * CELL, backgroundColor: '#1d3557', scene: SandScene });
