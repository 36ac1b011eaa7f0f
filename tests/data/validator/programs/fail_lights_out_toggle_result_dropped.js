// Lights out: click a light to toggle it and its four neighbours; turn every light off to win
const N = 5;
function toggled(grid, r, c) {
  const next = grid.map((row) => row.slice());
  for (const [dr, dc] of [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]]) {
    const rr = r + dr, cc = c + dc;
    if (rr >= 0 && rr < N && cc >= 0 && cc < N) next[rr][cc] = !next[rr][cc];
  }
  return next;
}
class Lights extends Phaser.Scene {
  constructor() { super('lights'); }
  create() {
    this.grid = Array.from({ length: N }, () => Array(N).fill(false));
    this.grid = toggled(this.grid, 2, 2);
    this.tiles = [];
    for (let r = 0; r < N; r++) for (let c = 0; c < N; c++) {
      const t = this.add.rectangle(180 + c * 60, 80 + r * 60, 54, 54, 0x333333).setInteractive();
      t.on('pointerdown', () => { toggled(this.grid, r, c); this.draw(); });
      this.tiles.push(t);
    }
    this.draw();
  }
  draw() { this.tiles.forEach((t, i) => t.setFillStyle(this.grid[Math.floor(i / N)][i % N] ? 0xffeb3b : 0x333333)); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Lights });
