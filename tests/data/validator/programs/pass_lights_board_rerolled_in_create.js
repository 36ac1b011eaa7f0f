// Lights out: a 5x5 board of random lights; click a light to toggle it and its neighbours. A board dealt already dark is dealt again
const N = 5;
class Lights extends Phaser.Scene {
  constructor() { super('lights'); }
  create() {
    this.cells = [];
    for (let r = 0; r < N; r++) {
      this.cells[r] = [];
      for (let c = 0; c < N; c++) {
        const on = Math.random() < 0.5;
        const cell = this.add.rectangle(150 + c * 60, 60 + r * 60, 54, 54, on ? 0xffeb3b : 0x37474f).setInteractive();
        cell.lit = on;
        cell.on('pointerdown', () => this.toggleAround(r, c));
        this.cells[r][c] = cell;
      }
    }
    if (this.allDark()) this.scene.restart();
  }
  toggleAround(r, c) {
    [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]].forEach(([dr, dc]) => {
      const row = this.cells[r + dr];
      const cell = row && row[c + dc];
      if (!cell) return;
      cell.lit = !cell.lit;
      cell.setFillStyle(cell.lit ? 0xffeb3b : 0x37474f);
    });
  }
  allDark() { return this.cells.every((row) => row.every((cell) => !cell.lit)); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 360, scene: Lights });
