// Maze chase: steer the yellow player with the arrow keys through the maze eating dots (10 points each); three ghosts wander the corridors and at every cell pick a random open direction but never turn back the way they came unless at a dead end; touching a ghost costs one of 3 lives, and eating every dot wins.
const T = 40;
const MAP = [
  '###################',
  '#........#........#',
  '#.##.###.#.###.##.#',
  '#.................#',
  '#.##.#.#####.#.##.#',
  '#....#...#...#....#',
  '####.### # ###.####',
  '#.......   .......#',
  '#.##.#.#####.#.##.#',
  '#....#...#...#....#',
  '#.######.#.######.#',
  '#.................#',
  '###################'
];
const DIRS = [{ x: 1, y: 0 }, { x: -1, y: 0 }, { x: 0, y: 1 }, { x: 0, y: -1 }];

const MazeScene = {
  key: 'maze',

  create: function () {
    this.walls = this.add.graphics();
    this.walls.fillStyle(0x2233aa, 1);
    this.dots = {};
    this.dotCount = 0;
    MAP.forEach((line, row) => {
      for (let col = 0; col < line.length; col++) {
        if (line[col] === '#') this.walls.fillRect(col * T + 2, row * T + 2, T - 4, T - 4);
        if (line[col] === '.') {
          this.dots[col + ',' + row] = this.add.circle(col * T + T / 2, row * T + T / 2, 4, 0xffeecc);
          this.dotCount++;
        }
      }
    });
    this.player = this.makeMover(9, 11, 0xffdd00, 150);
    this.ghosts = [
      this.makeMover(8, 7, 0xff4444, 120),
      this.makeMover(9, 7, 0x44ffff, 120),
      this.makeMover(10, 7, 0xff88dd, 120)
    ];
    this.wanted = { x: 0, y: 0 };
    this.score = 0;
    this.lives = 3;
    this.state = 'play';
    this.hud = this.add.text(8, 525, '', { fontSize: '20px', color: '#ffffff' });
    this.banner = this.add.text(380, 290, '', { fontSize: '40px', color: '#ffff66' }).setOrigin(0.5).setDepth(5);
    this.refreshHud();
    this.cursors = this.input.keyboard.createCursorKeys();
  },

  extend: {
    makeMover: function (col, row, colour, speed) {
      const sprite = this.add.circle(col * T + T / 2, row * T + T / 2, 14, colour).setDepth(2);
      return { sprite, col, row, startCol: col, startRow: row, dir: { x: 0, y: 0 }, speed };
    },

    open: function (col, row) {
      return MAP[row] !== undefined && MAP[row][col] !== undefined && MAP[row][col] !== '#';
    },

    chooseGhostDir: function (g) {
      const back = { x: -g.dir.x, y: -g.dir.y };
      let options = DIRS.filter((d) => d !== back && this.open(g.col + d.x, g.row + d.y));
      if (options.length === 0) options = [back];
      g.dir = Phaser.Utils.Array.GetRandom(options);
    },

    choosePlayerDir: function (p) {
      if (this.open(p.col + this.wanted.x, p.row + this.wanted.y)) p.dir = this.wanted;
      if (!this.open(p.col + p.dir.x, p.row + p.dir.y)) p.dir = { x: 0, y: 0 };
    },

    step: function (m, dt, chooser) {
      const tx = (m.col + m.dir.x) * T + T / 2;
      const ty = (m.row + m.dir.y) * T + T / 2;
      if (m.dir.x === 0 && m.dir.y === 0) {
        chooser.call(this, m);
        return;
      }
      const dist = Phaser.Math.Distance.Between(m.sprite.x, m.sprite.y, tx, ty);
      const move = m.speed * dt;
      if (move >= dist) {
        m.col += m.dir.x;
        m.row += m.dir.y;
        m.sprite.setPosition(tx, ty);
        chooser.call(this, m);
      } else {
        m.sprite.x += m.dir.x * move;
        m.sprite.y += m.dir.y * move;
      }
    },

    refreshHud: function () {
      this.hud.setText('Score: ' + this.score + '    Lives: ' + this.lives);
    },

    loseLife: function () {
      this.lives--;
      this.refreshHud();
      [this.player].concat(this.ghosts).forEach((m) => {
        m.col = m.startCol;
        m.row = m.startRow;
        m.sprite.setPosition(m.col * T + T / 2, m.row * T + T / 2);
        m.dir = { x: 0, y: 0 };
      });
      this.wanted = { x: 0, y: 0 };
      if (this.lives <= 0) {
        this.state = 'over';
        this.banner.setText('GAME OVER');
      }
    }
  },

  update: function (time, delta) {
    if (this.state !== 'play') return;
    const c = this.cursors;
    if (c.left.isDown) this.wanted = DIRS[1];
    else if (c.right.isDown) this.wanted = DIRS[0];
    else if (c.up.isDown) this.wanted = DIRS[3];
    else if (c.down.isDown) this.wanted = DIRS[2];

    const dt = delta / 1000;
    this.step(this.player, dt, this.choosePlayerDir);
    this.ghosts.forEach((g) => this.step(g, dt, this.chooseGhostDir));

    const key = this.player.col + ',' + this.player.row;
    if (this.dots[key]) {
      this.dots[key].destroy();
      delete this.dots[key];
      this.dotCount--;
      this.score += 10;
      this.refreshHud();
      if (this.dotCount === 0) {
        this.state = 'won';
        this.banner.setText('YOU WIN!');
        return;
      }
    }

    const p = this.player.sprite;
    if (this.ghosts.some((g) => Phaser.Math.Distance.Between(p.x, p.y, g.sprite.x, g.sprite.y) < 26)) {
      this.loseLife();
    }
  }
};

const config = {
  type: Phaser.AUTO,
  width: 760,
  height: 560,
  backgroundColor: '#000000',
  scene: MazeScene
};

new Phaser.Game(config);
