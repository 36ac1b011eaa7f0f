// 农场：6x4 的田地网格，点击空地种下作物（绿色），已种的地不能再种
const COLS = 6, ROWS = 4, SIZE = 70;
class Farm extends Phaser.Scene {
  constructor() { super('farm'); }
  create() {
    this.plots = [];
    for (let row = 0; row < ROWS; row++) {
      this.plots.push([]);
      for (let col = 0; col < COLS; col++) {
        const tile = this.add.rectangle(90 + col * SIZE, 80 + row * SIZE, SIZE - 4, SIZE - 4, 0x8d6e63);
        this.plots[row][col] = { tile, planted: false };
      }
    }
    this.input.on('pointerdown', (p) => {
      const col = Math.floor((p.x - 55) / SIZE), row = Math.floor((p.y - 45) / SIZE);
      if (col < 0 || col >= COLS || row < 0 || row >= ROWS) return;
      const plot = this.plots[col] && this.plots[col][row];
      if (!plot || plot.planted) return;
      plot.planted = true;
      plot.tile.setFillStyle(0x66bb6a);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Farm });
