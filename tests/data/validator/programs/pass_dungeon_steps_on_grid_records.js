// Dungeon steps: arrow keys move the hero one tile at a time on a tile map (walls block); click a floor tile to drop a torch there
const T = 40;
const LEVEL = [
  [1, 1, 1, 1, 1, 1, 1, 1],
  [1, 0, 0, 0, 1, 0, 0, 1],
  [1, 0, 1, 0, 0, 0, 0, 1],
  [1, 0, 1, 1, 1, 0, 1, 1],
  [1, 0, 0, 0, 0, 0, 0, 1],
  [1, 1, 1, 1, 1, 1, 1, 1],
];
class Dungeon extends Phaser.Scene {
  constructor() { super('dungeon'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x37474f).fillRect(0, 0, T, T).fillStyle(0x795548).fillRect(T, 0, T, T).generateTexture('tiles', T * 2, T).destroy();
  }
  create() {
    this.map = this.make.tilemap({ data: LEVEL, tileWidth: T, tileHeight: T });
    const tiles = this.map.addTilesetImage('tiles');
    this.layer = this.map.createLayer(0, tiles, 80, 60);
    this.pos = { x: 1, y: 1 };
    this.hero = this.add.circle(0, 0, 14, 0xffca28);
    this.place();
    this.input.keyboard.on('keydown', (e) => {
      const step = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[e.key];
      if (!step) return;
      const next = this.map.getTileAt(this.pos.x + step[0], this.pos.y + step[1]);
      if (!next || next.index === 1) return;
      this.pos.x += step[0];
      this.pos.y += step[1];
      this.place();
    });
    this.input.on('pointerdown', (p) => {
      const t = this.map.worldToTileXY(p.worldX, p.worldY);
      const tile = this.map.getTileAt(t.x, t.y);
      if (tile && tile.index === 0) this.add.circle(tile.getCenterX(), tile.getCenterY(), 6, 0xff7043);
    });
  }
  place() {
    this.hero.setPosition(this.layer.x + this.pos.x * T + T / 2, this.layer.y + this.pos.y * T + T / 2);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000000', scene: Dungeon });
