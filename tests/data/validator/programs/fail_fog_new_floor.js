// Foggy descent: each floor is a new cave dug by a 700-step random walk from the centre of a 40x28 grid of 20 px tiles; you see every tile within 5 tiles of you, tiles you have already seen on the current floor stay drawn dimmed, and everything else is black; the stairs lie where the walk ended and show only once seen, and stepping on them takes you to a brand-new, unexplored floor (Depth +1) where only the tiles around you are shown.
const W = 40;
const H = 28;
const T = 20;
const SIGHT = 5;

class FogScene extends Phaser.Scene {
  constructor() {
    super('Fog');
  }

  create() {
    this.fog = this.add.graphics();
    this.hero = this.add.circle(0, 0, T / 2 - 2, 0xffe45c);
    this.hud = this.add.text(10, H * T + 12, '', { fontSize: '18px', color: '#dcdcdc' });
    this.level = 0;
    this.seen = new Set();
    this.cursors = this.input.keyboard.createCursorKeys();
    this.newFloor();
  }

  newFloor() {
    this.level++;
    this.grid = Array.from({ length: H }, () => Array(W).fill(true));
    let x = Math.floor(W / 2);
    let y = Math.floor(H / 2);
    this.px = x;
    this.py = y;
    this.grid[y][x] = false;
    const dirs = [[1, 0], [-1, 0], [0, 1], [0, -1]];
    for (let i = 0; i < 700; i++) {
      const [dx, dy] = Phaser.Utils.Array.GetRandom(dirs);
      x = Phaser.Math.Clamp(x + dx, 1, W - 2);
      y = Phaser.Math.Clamp(y + dy, 1, H - 2);
      this.grid[y][x] = false;
    }
    this.stairs = { x, y };
    if (x === this.px && y === this.py) {
      this.stairs = { x: this.px + 1, y: this.py };
      this.grid[this.py][this.px + 1] = false;
    }
    this.redraw();
  }

  update() {
    const JD = Phaser.Input.Keyboard.JustDown;
    if (JD(this.cursors.left)) this.move(-1, 0);
    else if (JD(this.cursors.right)) this.move(1, 0);
    else if (JD(this.cursors.up)) this.move(0, -1);
    else if (JD(this.cursors.down)) this.move(0, 1);
  }

  move(dx, dy) {
    const nx = this.px + dx;
    const ny = this.py + dy;
    if (this.grid[ny][nx]) return;
    this.px = nx;
    this.py = ny;
    if (nx === this.stairs.x && ny === this.stairs.y) {
      this.cameras.main.flash(200, 20, 20, 20);
      this.newFloor();
      return;
    }
    this.redraw();
  }

  redraw() {
    this.fog.clear();
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const key = y * W + x;
        const inView = Phaser.Math.Distance.Between(x, y, this.px, this.py) <= SIGHT;
        if (inView) this.seen.add(key);
        if (!this.seen.has(key)) continue;
        const isStairs = x === this.stairs.x && y === this.stairs.y;
        const colour = isStairs ? 0x3fd0ff : this.grid[y][x] ? 0x6e6253 : 0x2f3340;
        this.fog.fillStyle(colour, inView ? 1 : 0.5).fillRect(x * T, y * T, T - 1, T - 1);
      }
    }
    this.hero.setPosition(this.px * T + T / 2, this.py * T + T / 2);
    this.hud.setText(`Depth ${this.level}   Explored tiles: ${this.seen.size}   Find the blue stairs`);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#000000',
  scene: [FogScene]
};

new Phaser.Game(config);
