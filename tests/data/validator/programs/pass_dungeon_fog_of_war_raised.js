// Fog of war: the dungeon starts hidden, WASD moves the hero one tile, tiles within 2 tiles of the hero are revealed and stay explored (dimmed) afterwards, and the stairs (>) lead to a new floor.
const T = 40, W = 14, H = 9;
const LEVEL = [
  '##############',
  '#@...#.......#',
  '#.##.#.#####.#',
  '#.#..#.....#.#',
  '#.#.####.#.#.#',
  '#...#....#...#',
  '###.#.####.#.#',
  '#.....#....#>#',
  '##############'
];

const config = {
  type: Phaser.AUTO,
  width: W * T,
  height: H * T + 40,
  backgroundColor: '#000000',
  scene: {
    create() {
      this.floor = 1;
      this.fog = this.add.graphics().setDepth(5);
      this.hero = this.add.rectangle(0, 0, T - 10, T - 10, 0xffdd55).setDepth(3);
      this.label = this.add.text(8, H * T + 8, '', { fontSize: '18px' });
      this.buildFloor();
      this.input.keyboard.on('keydown', event => {
        const dirs = { W: [0, -1], A: [-1, 0], S: [0, 1], D: [1, 0] };
        const d = dirs[event.key.toUpperCase()];
        if (d) this.step(d[0], d[1]);
      });
    },

    extend: {
      buildFloor() {
        if (this.tileLayer) this.tileLayer.destroy(true);
        this.tileLayer = this.add.container(0, 0);
        this.seen = LEVEL.map(row => Array(row.length).fill(false));
        LEVEL.forEach((row, y) => [...row].forEach((ch, x) => {
          const c = ch === '#' ? 0x4a4a5a : ch === '>' ? 0x2299ff : 0x2a2a22;
          this.tileLayer.add(this.add.rectangle(x * T + T / 2, y * T + T / 2, T - 1, T - 1, c));
          if (ch === '@') { this.hx = x; this.hy = y; }
        }));
        this.placeHero();
      },

      step(dx, dy) {
        const nx = this.hx + dx, ny = this.hy + dy;
        if (LEVEL[ny][nx] === '#') return;
        this.hx = nx;
        this.hy = ny;
        if (LEVEL[ny][nx] === '>') {
          this.floor += 1;
          this.buildFloor();
          return;
        }
        this.placeHero();
      },

      placeHero() {
        this.hero.setPosition(this.hx * T + T / 2, this.hy * T + T / 2);
        for (let y = 0; y < H; y++) {
          for (let x = 0; x < W; x++) {
            if (Math.abs(x - this.hx) <= 2 && Math.abs(y - this.hy) <= 2) this.seen[y][x] = true;
          }
        }
        this.drawFog();
        this.label.setText(`Floor ${this.floor}`);
      },

      drawFog() {
        this.fog.clear();
        for (let y = 0; y < H; y++) {
          for (let x = 0; x < W; x++) {
            const visible = Math.abs(x - this.hx) <= 2 && Math.abs(y - this.hy) <= 2;
            if (visible) continue;
            this.fog.fillStyle(0x000000, this.seen[y][x] ? 0.6 : 1);
            this.fog.fillRect(x * T, y * T, T, T);
          }
        }
      }
    }
  }
};

new Phaser.Game(config);
