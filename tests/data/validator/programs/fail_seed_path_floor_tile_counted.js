// 任务：生成一个带有随机障碍的 12x12 地图，障碍密度约 30%，玩家可寻路移动。
const SIZE = 12;
const TILE = 44;
const FLOOR = 0;
const WALL = 1;
const HUD = 52;
const SPEED = 200;

class PathScene extends Phaser.Scene {
  constructor() {
    super('PathScene');
  }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xd9d2c3, 1).fillRect(0, 0, TILE, TILE);
    g.lineStyle(1, 0xb8ae9c, 1).strokeRect(0.5, 0.5, TILE - 1, TILE - 1);
    g.fillStyle(0x4b4f5c, 1).fillRect(TILE, 0, TILE, TILE);
    g.fillStyle(0x363944, 1).fillRect(TILE + 6, 6, TILE - 12, TILE - 12);
    g.generateTexture('tiles', TILE * 2, TILE);
    g.clear().fillStyle(0x1e88e5, 1).fillCircle(14, 14, 14);
    g.generateTexture('hero', 28, 28);
    g.destroy();
  }

  create() {
    this.grid = Array.from({ length: SIZE }, () => new Array(SIZE).fill(FLOOR));
    const cells = [];
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) {
        if (x + y > 1) cells.push([x, y]);
      }
    }
    const wallCount = Math.round(SIZE * SIZE * 0.3);
    Phaser.Utils.Array.Shuffle(cells).slice(0, wallCount).forEach(([x, y]) => { this.grid[y][x] = WALL; });

    this.map = this.make.tilemap({ data: this.grid, tileWidth: TILE, tileHeight: TILE });
    const tiles = this.map.addTilesetImage('tiles');
    this.layer = this.map.createLayer(0, tiles, 0, HUD);
    this.layer.setCollision(WALL);

    this.player = this.physics.add.sprite(TILE / 2, HUD + TILE / 2, 'hero');
    this.player.body.setCircle(12, 2, 2);
    this.physics.add.collider(this.player, this.layer);

    this.path = [];
    this.steps = 0;
    this.status = '点击地面寻路';
    this.hud = this.add.text(10, 14, '', { fontSize: '18px', color: '#ffffff' });

    this.input.on('pointerdown', (pointer) => {
      const target = this.layer.worldToTileXY(pointer.worldX, pointer.worldY);
      this.goTo(target.x, target.y);
    });
  }

  isWall(x, y) {
    return this.layer.hasTileAt(x, y);
  }

  findPath(sx, sy, tx, ty) {
    const key = (x, y) => y * SIZE + x;
    const prev = new Map([[key(sx, sy), null]]);
    const queue = [[sx, sy]];
    while (queue.length > 0) {
      const [x, y] = queue.shift();
      if (x === tx && y === ty) {
        const path = [];
        for (let k = key(x, y); k !== key(sx, sy); k = prev.get(k)) path.unshift({ x: k % SIZE, y: Math.floor(k / SIZE) });
        return path;
      }
      for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
        const nx = x + dx, ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= SIZE || ny >= SIZE || this.isWall(nx, ny) || prev.has(key(nx, ny))) continue;
        prev.set(key(nx, ny), key(x, y));
        queue.push([nx, ny]);
      }
    }
    return null;
  }

  goTo(tx, ty) {
    if (tx < 0 || ty < 0 || tx >= SIZE || ty >= SIZE || this.isWall(tx, ty)) {
      this.status = '无法到达';
      return;
    }
    const here = this.layer.worldToTileXY(this.player.x, this.player.y);
    const path = this.findPath(here.x, here.y, tx, ty);
    this.path = path || [];
    this.status = path ? `路径长度 ${path.length}` : '无法到达';
  }

  update() {
    const next = this.path[0];
    if (next) {
      const px = next.x * TILE + TILE / 2;
      const py = HUD + next.y * TILE + TILE / 2;
      if (Phaser.Math.Distance.Between(this.player.x, this.player.y, px, py) < 5) {
        this.player.body.reset(px, py);
        this.path.shift();
        this.steps += 1;
      } else {
        this.physics.moveTo(this.player, px, py, SPEED);
      }
    } else {
      this.player.setVelocity(0, 0);
    }
    this.hud.setText(`${this.status}   已走步数: ${this.steps}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: SIZE * TILE,
  height: HUD + SIZE * TILE,
  backgroundColor: '#222222',
  physics: { default: 'arcade' },
  scene: PathScene
});
