// 任务：用 12x12 的二维数组生成粉色棋盘格地图，交替显示两种颜色。
const COLS = 12;
const ROWS = 12;
const TILE = 40;
const PINK_DARK = 0xff69b4;
const PINK_LIGHT = 0xffd1e8;

new Phaser.Game({
  type: Phaser.AUTO,
  width: 640,
  height: 600,
  backgroundColor: '#2b1d2a',
  scene: {
    key: 'board',
    preload: function () {
      // Two-tile tileset: index 0 = dark pink, index 1 = light pink
      const g = this.make.graphics({ add: false });
      g.fillStyle(PINK_DARK, 1);
      g.fillRect(0, 0, TILE, TILE);
      g.fillStyle(PINK_LIGHT, 1);
      g.fillRect(TILE, 0, TILE, TILE);
      g.generateTexture('pinkTiles', TILE * 2, TILE);
      g.destroy();
    },
    create: function () {
      // 12x12 two-dimensional array: 0 / 1 alternate along rows and columns
      this.grid = Array.from({ length: ROWS }, (_, y) =>
        Array.from({ length: COLS }, (_, x) => (x + y) % 2)
      );

      const map = this.make.tilemap({ data: this.grid, tileWidth: TILE, tileHeight: TILE });
      const tiles = map.addTilesetImage('pinkTiles');
      const offsetX = (this.scale.width - COLS * TILE) / 2;
      const offsetY = 70;
      this.layer = map.createLayer(0, tiles, offsetX, offsetY);
      this.map = map;

      const frame = this.add.graphics();
      frame.lineStyle(4, 0xffffff, 0.9);
      frame.strokeRect(offsetX - 2, offsetY - 2, COLS * TILE + 4, ROWS * TILE + 4);

      this.counts = { dark: 0, light: 0 };
      this.layer.forEachTile((tile) => {
        if (tile.index === 0) this.counts.dark += 1;
        if (tile.index === 1) this.counts.light += 1;
      });

      this.add.text(this.scale.width / 2, 30, `粉色棋盘格 ${COLS} x ${ROWS}`, {
        fontSize: '26px',
        color: '#ffd1e8'
      }).setOrigin(0.5);
    }
  }
});
