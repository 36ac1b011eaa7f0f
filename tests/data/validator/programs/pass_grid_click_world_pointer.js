// Lights Out on a 5x5 board centred on the world origin: clicking a light toggles it and its four neighbours.
const N = 5;
const SIZE = 80;
const HALF = (N * SIZE) / 2;
class LightsScene extends Phaser.Scene {
  constructor() { super('lights'); }
  preload() {}
  create() {
    this.cells = [];
    for (let r = 0; r < N; r++) {
      this.cells.push([]);
      for (let c = 0; c < N; c++) {
        const cell = this.add.rectangle(-HALF + c * SIZE + SIZE / 2, -HALF + r * SIZE + SIZE / 2, SIZE - 6, SIZE - 6, 0xfff176);
        cell.setData('on', true);
        this.cells[r].push(cell);
      }
    }
    this.cameras.main.centerOn(0, 0);
    this.moves = 0;
    this.input.on('pointerdown', (pointer) => {
      const col = Math.floor((pointer.worldX + HALF) / SIZE);
      const row = Math.floor((pointer.worldY + HALF) / SIZE);
      if (col < 0 || row < 0 || col >= N || row >= N) return;
      [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]].forEach(([dc, dr]) => this.toggle(row + dr, col + dc));
      this.moves += 1;
    });
  }
  toggle(r, c) {
    const cell = this.cells[r] && this.cells[r][c];
    if (!cell) return;
    cell.setData('on', !cell.getData('on'));
    cell.setFillStyle(cell.getData('on') ? 0xfff176 : 0x37474f);
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#212121', scene: LightsScene });
