// Room builder: click a cell to toggle a wall; the number of floor cells reachable from the green start is shown
const T = 32, W = 12, H = 9, WALL = 1;
class Rooms extends Phaser.Scene {
  constructor() { super('rooms'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x222222).fillRect(0, 0, T, T).fillStyle(0x8899aa).fillRect(T, 0, T, T).generateTexture('cells', T * 2, T).destroy();
    this.map = this.make.tilemap({ width: W, height: H, tileWidth: T, tileHeight: T });
    const set = this.map.addTilesetImage('cells', 'cells', T, T, 0, 0, 0);
    this.walls = this.map.createBlankLayer('walls', set);
    for (let x = 0; x < W; x++) { this.walls.putTileAt(WALL, x, 0); this.walls.putTileAt(WALL, x, H - 1); }
    this.add.rectangle(T * 1.5, T * 1.5, T - 8, T - 8, 0x33cc66);
    this.label = this.add.text(8, H * T + 4, '', { fontSize: '16px', color: '#fff' });
    this.input.on('pointerdown', (p) => {
      const cx = Math.floor(p.worldX / T), cy = Math.floor(p.worldY / T);
      if (cx >= W || cy >= H || (cx === 1 && cy === 1)) return;
      if (this.walls.getTileAt(cx, cy)) this.walls.removeTileAt(cx, cy); else this.walls.putTileAt(WALL, cx, cy);
      this.count();
    });
    this.count();
  }
  count() {
    const seen = new Set(['1,1']);
    const stack = [[1, 1]];
    while (stack.length) {
      const [x, y] = stack.pop();
      for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
        const nx = x + dx, ny = y + dy;
        const tile = this.walls.getTileAt(nx, ny, true);
        if (!tile || tile.index === WALL) continue;
        if (seen.has(nx + ',' + ny)) continue;
        seen.add(nx + ',' + ny);
        stack.push([nx, ny]);
      }
    }
    this.label.setText('reachable floor: ' + seen.size);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: W * T, height: H * T + 28, backgroundColor: '#111', scene: Rooms });
