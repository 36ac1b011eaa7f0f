// Cave crawler: each floor is a random 50x36 cave of 16 px tiles (solid rock border, about 45% rock inside, smoothed 4 times); you start in the biggest open area, the stairs are on the tile farthest from you by walking, and the arrow keys move one tile; stepping on the stairs fades the screen to black over 300 ms, builds a new cave (Depth +1) and then fades back in over 300 ms so you can keep exploring; moves are ignored during the fade.
const W = 50;
const H = 36;
const T = 16;
const FLOOR = 0;
const ROCK = 1;
const STAIRS = 2;

class CaveScene extends Phaser.Scene {
  constructor() {
    super('Cave');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x3b3226).fillRect(0, 0, T, T);
    g.fillStyle(0x6d6a75).fillRect(T, 0, T, T);
    g.fillStyle(0x85828f).fillRect(T + 2, 2, 6, 5).fillRect(T + 9, 9, 5, 5);
    g.fillStyle(0x3b3226).fillRect(2 * T, 0, T, T);
    g.fillStyle(0x7fffd4).fillTriangle(2 * T + 2, T - 2, 2 * T + T - 2, T - 2, 2 * T + T / 2, 2);
    g.generateTexture('cave', 3 * T, T);
    g.destroy();

    this.map = this.make.tilemap({ width: W, height: H, tileWidth: T, tileHeight: T });
    const tileset = this.map.addTilesetImage('cave');
    this.layer = this.map.createBlankLayer('ground', tileset);
    this.hero = this.add.rectangle(0, 0, T - 4, T - 4, 0xffcc33).setOrigin(0);
    this.floorNo = 1;
    this.hud = this.add.text(8, H * T + 4, '', { fontSize: '16px', color: '#f0e6d2' });

    const cursors = this.input.keyboard.createCursorKeys();
    cursors.left.on('down', () => this.move(-1, 0));
    cursors.right.on('down', () => this.move(1, 0));
    cursors.up.on('down', () => this.move(0, -1));
    cursors.down.on('down', () => this.move(0, 1));

    this.busy = false;
    this.cameras.main.on(Phaser.Cameras.Scene2D.Events.FADE_OUT_COMPLETE, () => {
      this.buildCave();
      this.busy = false;
    });

    this.buildCave();
  }

  isRock(x, y) {
    return this.layer.getTileAt(x, y).index === ROCK;
  }

  buildCave() {
    this.layer.fill(FLOOR);
    this.layer.weightedRandomize([{ index: FLOOR, weight: 55 }, { index: ROCK, weight: 45 }], 1, 1, W - 2, H - 2);
    this.layer.fill(ROCK, 0, 0, W, 1);
    this.layer.fill(ROCK, 0, H - 1, W, 1);
    this.layer.fill(ROCK, 0, 0, 1, H);
    this.layer.fill(ROCK, W - 1, 0, 1, H);

    for (let pass = 0; pass < 4; pass++) {
      const next = [];
      for (let y = 1; y < H - 1; y++) {
        for (let x = 1; x < W - 1; x++) {
          let rock = 0;
          for (let oy = -1; oy <= 1; oy++) {
            for (let ox = -1; ox <= 1; ox++) {
              if (this.isRock(x + ox, y + oy)) rock++;
            }
          }
          next.push({ x, y, index: rock >= 5 ? ROCK : FLOOR });
        }
      }
      next.forEach((c) => this.layer.putTileAt(c.index, c.x, c.y));
    }

    const region = this.biggestRegion();
    const start = Phaser.Utils.Array.GetRandom(region);
    const dist = this.walkDistances(start);
    let far = start;
    region.forEach((c) => {
      if (dist.get(c.y * W + c.x) > dist.get(far.y * W + far.x)) far = c;
    });
    this.layer.putTileAt(STAIRS, far.x, far.y);
    this.hx = start.x;
    this.hy = start.y;
    this.refresh();
  }

  walkDistances(start) {
    const dist = new Map([[start.y * W + start.x, 0]]);
    const queue = [start];
    while (queue.length) {
      const c = queue.shift();
      const d = dist.get(c.y * W + c.x);
      [[1, 0], [-1, 0], [0, 1], [0, -1]].forEach(([dx, dy]) => {
        const n = { x: c.x + dx, y: c.y + dy };
        const key = n.y * W + n.x;
        if (!dist.has(key) && !this.isRock(n.x, n.y)) {
          dist.set(key, d + 1);
          queue.push(n);
        }
      });
    }
    return dist;
  }

  biggestRegion() {
    const taken = new Set();
    let best = [];
    for (let y = 1; y < H - 1; y++) {
      for (let x = 1; x < W - 1; x++) {
        if (this.isRock(x, y) || taken.has(y * W + x)) continue;
        const dist = this.walkDistances({ x, y });
        const cells = [...dist.keys()].map((k) => ({ x: k % W, y: Math.floor(k / W) }));
        cells.forEach((c) => taken.add(c.y * W + c.x));
        if (cells.length > best.length) best = cells;
      }
    }
    return best;
  }

  move(dx, dy) {
    if (this.busy) return;
    const nx = this.hx + dx;
    const ny = this.hy + dy;
    if (this.isRock(nx, ny)) return;
    this.hx = nx;
    this.hy = ny;
    if (this.layer.getTileAt(nx, ny).index === STAIRS) {
      this.floorNo++;
      this.busy = true;
      this.refresh();
      this.cameras.main.fadeOut(300, 0, 0, 0);
      return;
    }
    this.refresh();
  }

  refresh() {
    this.hero.setPosition(this.hx * T + 2, this.hy * T + 2);
    this.hud.setText(`Depth ${this.floorNo}   Arrow keys: move   Find the green stairs`);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#000000',
  scene: CaveScene
};

new Phaser.Game(config);
