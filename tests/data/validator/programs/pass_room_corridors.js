// Rooms-and-corridors floors: each floor tries to place up to 8 random non-overlapping rooms on a 50x36 grid of 16 px tiles and joins every room to the previous one with an L-shaped corridor (horizontal from the previous room's centre, then vertical into the new room's centre), so every room can be reached; the whole map is shown, you (yellow) start in the first room and the stairs (cyan) are in the last room; the arrow keys move and stepping on the stairs builds a new floor (Depth +1).
const W = 50;
const H = 36;
const T = 16;
const WALL = 0;
const FLOOR = 1;

const GameScene = {
  key: 'Floors',

  create() {
    this.gfx = this.add.graphics();
    this.hero = this.add.rectangle(0, 0, T - 4, T - 4, 0xffd84a).setOrigin(0);
    this.hud = this.add.text(8, H * T + 4, '', { fontSize: '16px', color: '#e6e6e6' });
    this.depthNo = 1;
    const moves = { LEFT: [-1, 0], RIGHT: [1, 0], UP: [0, -1], DOWN: [0, 1] };
    Object.entries(moves).forEach(([name, [dx, dy]]) => {
      this.input.keyboard.on('keydown-' + name, () => this.walk(dx, dy));
    });
    this.buildFloor();
  },

  extend: {
    buildFloor() {
      this.grid = Array.from({ length: H }, () => new Array(W).fill(WALL));
      this.rooms = [];
      for (let tries = 0; tries < 200 && this.rooms.length < 8; tries++) {
        const w = Phaser.Math.Between(5, 10);
        const h = Phaser.Math.Between(4, 8);
        const room = new Phaser.Geom.Rectangle(Phaser.Math.Between(1, W - w - 1), Phaser.Math.Between(1, H - h - 1), w, h);
        const padded = new Phaser.Geom.Rectangle(room.x - 1, room.y - 1, w + 2, h + 2);
        if (this.rooms.some((r) => Phaser.Geom.Intersects.RectangleToRectangle(padded, r))) continue;
        this.carveRoom(room);
        if (this.rooms.length > 0) this.connect(this.rooms[this.rooms.length - 1], room);
        this.rooms.push(room);
      }
      const first = this.centre(this.rooms[0]);
      this.stairs = this.centre(this.rooms[this.rooms.length - 1]);
      this.hx = first.x;
      this.hy = first.y;
      this.draw();
    },

    centre(room) {
      return { x: Math.floor(room.x + room.width / 2), y: Math.floor(room.y + room.height / 2) };
    },

    carveRoom(room) {
      for (let y = room.y; y < room.y + room.height; y++) {
        for (let x = room.x; x < room.x + room.width; x++) this.grid[y][x] = FLOOR;
      }
    },

    hTunnel(x1, x2, y) {
      for (let x = Math.min(x1, x2); x <= Math.max(x1, x2); x++) this.grid[y][x] = FLOOR;
    },

    vTunnel(y1, y2, x) {
      for (let y = Math.min(y1, y2); y <= Math.max(y1, y2); y++) this.grid[y][x] = FLOOR;
    },

    connect(prev, room) {
      const a = this.centre(prev);
      const b = this.centre(room);
      this.hTunnel(a.x, b.x, a.y);
      this.vTunnel(a.y, b.y, b.x);
    },

    draw() {
      this.gfx.clear();
      for (let y = 0; y < H; y++) {
        for (let x = 0; x < W; x++) {
          this.gfx.fillStyle(this.grid[y][x] === FLOOR ? 0x34383f : 0x14161a).fillRect(x * T, y * T, T - 1, T - 1);
        }
      }
      this.gfx.fillStyle(0x46e0e8).fillRect(this.stairs.x * T + 2, this.stairs.y * T + 2, T - 4, T - 4);
      this.hero.setPosition(this.hx * T + 2, this.hy * T + 2);
      this.hud.setText(`Depth ${this.depthNo}   Rooms: ${this.rooms.length}   Reach the cyan stairs`);
    },

    walk(dx, dy) {
      const nx = this.hx + dx;
      const ny = this.hy + dy;
      if (this.grid[ny][nx] !== FLOOR) return;
      this.hx = nx;
      this.hy = ny;
      if (nx === this.stairs.x && ny === this.stairs.y) {
        this.depthNo++;
        this.buildFloor();
        return;
      }
      this.hero.setPosition(nx * T + 2, ny * T + 2);
    }
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#000000',
  scene: GameScene
};

new Phaser.Game(config);
