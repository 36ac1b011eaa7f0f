// Falling-sand toy: hold the left mouse button to pour sand at the pointer; every grain falls one cell per step and slides diagonally down when the cell below is taken, so grains pile into heaps. C clears the box and a counter shows how many grains there are.
const CELL = 8;
const COLS = 100;
const ROWS = 70;

class SandScene extends Phaser.Scene {
  constructor() {
    super('sand');
  }

  create() {
    this.grid = [];
    for (let y = 0; y < ROWS; y++) this.grid.push(new Array(COLS).fill(0));
    this.cameras.main.setBackgroundColor('#101820');
    this.add.rectangle(400, ROWS * CELL + 20, 800, 40, 0x2b2b2b);
    this.g = this.add.graphics();
    this.info = this.add.text(12, ROWS * CELL + 8, '', { fontSize: '18px', color: '#f2e3b3' });
    this.add.text(500, ROWS * CELL + 8, 'hold mouse: pour   C: clear', { fontSize: '16px', color: '#aaaaaa' });
    this.input.keyboard.on('keydown-C', () => {
      for (const row of this.grid) row.fill(0);
    });
    this.stepTimer = this.time.addEvent({ delay: 30, loop: true, callback: () => this.step() });
  }

  pour() {
    const p = this.input.activePointer;
    if (!p.isDown) return;
    const cx = Math.floor(p.x / CELL);
    const cy = Math.floor(p.y / CELL);
    for (let i = 0; i < 3; i++) {
      const x = cx + Phaser.Math.Between(-2, 2);
      const y = cy + Phaser.Math.Between(-1, 1);
      if (x >= 0 && x < COLS && y >= 0 && y < ROWS && this.grid[y][x] === 0) {
        this.grid[y][x] = Phaser.Math.Between(1, 3);
      }
    }
  }

  step() {
    this.pour();
    const g = this.grid;
    for (let y = ROWS - 2; y >= 0; y--) {
      const leftFirst = Math.random() < 0.5;
      for (let i = 0; i < COLS; i++) {
        const x = leftFirst ? i : COLS - 1 - i;
        const v = g[y][x];
        if (!v) continue;
        if (g[y + 1][x] === 0) {
          g[y + 1][x] = v;
          g[y][x] = 0;
          continue;
        }
        const dir = Math.random() < 0.5 ? -1 : 1;
        for (const d of [dir, -dir]) {
          const nx = x + d;
          if (nx >= 0 && nx < COLS && g[y + 1][nx] === 0) {
            g[y + 1][nx] = v;
            g[y][x] = 0;
            break;
          }
        }
      }
    }
  }

  update() {
    const colours = [0, 0xe8c872, 0xd9b25f, 0xf0d890];
    this.g.clear();
    let count = 0;
    for (let y = 0; y < ROWS; y++) {
      for (let x = 0; x < COLS; x++) {
        const v = this.grid[y][x];
        if (!v) continue;
        count++;
        this.g.fillStyle(colours[v], 1);
        this.g.fillRect(x * CELL, y * CELL, CELL, CELL);
      }
    }
    this.info.setText('Grains: ' + count);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: SandScene
};

new Phaser.Game(config);
