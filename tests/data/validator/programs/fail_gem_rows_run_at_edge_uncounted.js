// Gem rows: a 7x5 board of random gems; press SPACE to clear every horizontal run of 3 or more equal gems
const COLS = 7, ROWS = 5, COLORS = [0xe53935, 0x43a047, 0x1e88e5];
class Gems extends Phaser.Scene {
  constructor() { super('gems'); }
  create() {
    this.grid = [];
    this.dots = [];
    for (let r = 0; r < ROWS; r++) {
      this.grid[r] = []; this.dots[r] = [];
      for (let c = 0; c < COLS; c++) {
        this.grid[r][c] = Phaser.Math.Between(0, COLORS.length - 1);
        this.dots[r][c] = this.add.circle(120 + c * 60, 80 + r * 60, 24, COLORS[this.grid[r][c]]);
      }
    }
    this.input.keyboard.on('keydown-SPACE', () => this.clearRuns());
  }
  clearRuns() {
    for (let r = 0; r < ROWS; r++) {
      let run = 1;
      for (let c = 1; c < COLS; c++) {
        if (this.grid[r][c] === this.grid[r][c - 1]) run++;
        else {
          if (run >= 3) for (let k = c - run; k < c; k++) this.dots[r][k].setVisible(false);
          run = 1;
        }
      }
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Gems });
