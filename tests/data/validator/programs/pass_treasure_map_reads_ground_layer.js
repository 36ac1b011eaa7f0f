// Treasure hunt: walk the explorer on a tile map with the arrow keys (walls block); coins are placed on a second, blank layer
const T = 40;
const LEVEL = [[1, 1, 1, 1, 1, 1, 1], [1, 0, 0, 0, 0, 0, 1], [1, 0, 1, 1, 0, 0, 1], [1, 0, 0, 0, 0, 0, 1], [1, 1, 1, 1, 1, 1, 1]];
class Hunt extends Phaser.Scene {
  constructor() { super('hunt'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x4e342e).fillRect(0, 0, T, T).fillStyle(0x455a64).fillRect(T, 0, T, T).fillStyle(0xffd600).fillCircle(T * 2 + 20, 20, 10);
    g.generateTexture('tiles', T * 3, T).destroy();
  }
  create() {
    this.map = this.make.tilemap({ data: LEVEL, tileWidth: T, tileHeight: T });
    const tiles = this.map.addTilesetImage('tiles');
    this.ground = this.map.createLayer(0, tiles, 120, 100);
    this.coins = this.map.createBlankLayer('coins', tiles, 120, 100);
    this.coins.putTileAt(2, 5, 1);
    this.coins.putTileAt(2, 1, 3);
    this.pos = { x: 1, y: 1 };
    this.explorer = this.add.circle(0, 0, 14, 0x29b6f6);
    this.place();
    this.input.keyboard.on('keydown', (e) => {
      const d = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[e.key];
      if (!d) return;
      const next = this.ground.getTileAt(this.pos.x + d[0], this.pos.y + d[1]);
      if (next && next.index === 1) return;
      this.pos.x += d[0];
      this.pos.y += d[1];
      this.place();
    });
  }
  place() { this.explorer.setPosition(120 + this.pos.x * T + T / 2, 100 + this.pos.y * T + T / 2); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000000', scene: Hunt });
