// A 4x4 board of numbers: the rows come from fill() with one array, so a tile placed in one row shows in all four
const N = 4;

class Numbers extends Phaser.Scene {
  constructor() { super('numbers'); }
  preload() {}
  create() {
    this.grid = new Array(N).fill(new Array(N).fill(0));
    this.labels = [];
    for (let r = 0; r < N; r++) {
      for (let c = 0; c < N; c++) this.labels.push(this.add.text(250 + c * 90, 130 + r * 90, '', { fontSize: '32px', color: '#ffffff' }));
    }
    this.time.addEvent({ delay: 500, loop: true, callback: () => this.spawn() });
  }
  spawn() {
    const r = Phaser.Math.Between(0, N - 1);
    const c = Phaser.Math.Between(0, N - 1);
    this.grid[r][c] = 2;
    this.grid.forEach((row, i) => row.forEach((v, j) => this.labels[i * N + j].setText(v ? String(v) : '.')));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#333344', scene: Numbers });
