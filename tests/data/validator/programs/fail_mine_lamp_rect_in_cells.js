// 矿洞探索：方向键一格一格走，矿工的灯照亮周围 3 格内的地块（其余地块是暗的）
const T = 24, COLS = 20, ROWS = 14;
class Mine extends Phaser.Scene {
  constructor() { super('mine'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x6b4f2a).fillRect(0, 0, T, T).generateTexture('rock', T, T).clear();
    g.fillStyle(0x33ddff).fillRect(4, 4, T - 8, T - 8).generateTexture('miner', T, T).destroy();
    const data = [];
    for (let r = 0; r < ROWS; r++) data.push(new Array(COLS).fill(0));
    this.map = this.make.tilemap({ data, tileWidth: T, tileHeight: T });
    const tiles = this.map.addTilesetImage('rock');
    this.layer = this.map.createLayer(0, tiles, 0, 0);
    this.layer.forEachTile((t) => { t.alpha = 0.15; });
    this.col = 3; this.row = 3;
    this.miner = this.add.image(this.col * T + T / 2, this.row * T + T / 2, 'miner');
    this.input.keyboard.on('keydown', (e) => {
      const d = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[e.key];
      if (!d) return;
      this.col = Phaser.Math.Clamp(this.col + d[0], 0, COLS - 1);
      this.row = Phaser.Math.Clamp(this.row + d[1], 0, ROWS - 1);
      this.miner.setPosition(this.col * T + T / 2, this.row * T + T / 2);
      this.light();
    });
    this.light();
  }
  light() {
    this.layer.forEachTile((t) => { t.alpha = 0.15; });
    const lamp = new Phaser.Geom.Rectangle(this.col - 3 * T, this.row - 3 * T, 7 * T, 7 * T);
    this.map.getTilesWithinShape(lamp).forEach((t) => { t.alpha = 1; });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: COLS * T, height: ROWS * T, backgroundColor: '#000', scene: Mine });
