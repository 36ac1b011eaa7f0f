// Heat map: a grid stored column by column (heat[x][y]); clicking a cell warms it and its right neighbour
const W = 10, H = 6, S = 40;
class Heat extends Phaser.Scene {
  constructor() { super('heat'); }
  create() {
    this.heat = [];
    this.cells = [];
    for (let x = 0; x < W; x++) {
      this.heat[x] = []; this.cells[x] = [];
      for (let y = 0; y < H; y++) { this.heat[x][y] = 0; this.cells[x][y] = this.add.rectangle(100 + x * S, 80 + y * S, S - 2, S - 2, 0x263238); }
    }
    this.input.on('pointerdown', (p) => {
      const tx = Math.floor((p.x - 80) / S), ty = Math.floor((p.y - 60) / S);
      if (tx < 0 || tx >= W - 1 || ty < 0 || ty >= H) return;
      [[tx, ty], [tx + 1, ty]].forEach(([cx, cy]) => {
        this.heat[cx][cy] = Math.min(5, this.heat[cx][cy] + 1);
        this.cells[cx][cy].setFillStyle(Phaser.Display.Color.GetColor(50 * this.heat[cx][cy], 40, 60));
      });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Heat });
