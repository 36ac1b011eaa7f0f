// A checkerboard of two pink shades made from a 12x12 tilemap with a generated two-tile tileset.
const TILE = 40;
class Board extends Phaser.Scene {
  constructor() { super('board'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xffc0cb).fillRect(0, 0, TILE, TILE);
    g.fillStyle(0xff69b4).fillRect(TILE, 0, TILE, TILE);
    g.generateTexture('tiles', TILE, TILE);
    g.destroy();
  }
  create() {
    const data = [];
    for (let r = 0; r < 12; r++) data.push(Array.from({ length: 12 }, (_, c) => (r + c) % 2));
    const map = this.make.tilemap({ data, tileWidth: TILE, tileHeight: TILE });
    const tiles = map.addTilesetImage('tiles');
    map.createLayer(0, tiles, 160, 60);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Board });
