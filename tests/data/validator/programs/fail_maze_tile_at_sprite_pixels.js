// Maze: arrow keys move the mouse one tile at a time; walls (tile 1) block it
const TILE = 32;
const MAZE = [
  [1, 1, 1, 1, 1, 1, 1, 1],
  [1, 0, 0, 0, 1, 0, 0, 1],
  [1, 0, 1, 0, 1, 0, 1, 1],
  [1, 0, 1, 0, 0, 0, 0, 1],
  [1, 1, 1, 1, 1, 1, 1, 1],
];
class Maze extends Phaser.Scene {
  constructor() { super('maze'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x455a64, 1).fillRect(0, 0, TILE, TILE).fillStyle(0xeceff1, 1).fillRect(TILE, 0, TILE, TILE);
    g.generateTexture('tiles', TILE * 2, TILE);
    g.destroy();
    const map = this.make.tilemap({ data: MAZE, tileWidth: TILE, tileHeight: TILE });
    this.layer = map.createLayer(0, map.addTilesetImage('tiles'), 0, 0);
    this.mouse = { sprite: this.add.circle(TILE * 1.5, TILE * 1.5, 10, 0xff7043) };
    this.input.keyboard.on('keydown', (e) => {
      const d = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[e.code];
      if (!d) return;
      const tile = this.layer.getTileAt(this.mouse.sprite.x + d[0] * TILE, this.mouse.sprite.y + d[1] * TILE);
      if (tile && tile.index === 1) return;
      this.mouse.sprite.x += d[0] * TILE;
      this.mouse.sprite.y += d[1] * TILE;
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 256, height: 160, scene: Maze });
