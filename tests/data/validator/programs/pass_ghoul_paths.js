// Ghoul maze: each arrow-key press is one turn (a step, or bumping a ghoul destroys it; walking into a wall costs no turn); after your turn every ghoul takes one step along a shortest path to you that goes around the walls (up/down/left/right moves only), and a ghoul right beside you hits you for 1 instead of moving. You have 10 HP; destroy all 3 ghouls to win, at 0 HP you lose.
const T = 40;
const MAP = [
  '####################',
  '#........#.........#',
  '#.######.#.#######.#',
  '#.#....#.#.#.....#.#',
  '#.#.##.#...#.###.#.#',
  '#...#..#####...#...#',
  '###.#.......##.#.###',
  '#...#.#####..#.#...#',
  '#.###.#...#..#.###.#',
  '#.....#.#.#..#.....#',
  '#.#####.#.####.###.#',
  '#.......#..........#',
  '####################'
];
const COLS = MAP[0].length;
const ROWS = MAP.length;
const DIRS = [[1, 0], [-1, 0], [0, 1], [0, -1]];

class MazeScene extends Phaser.Scene {
  constructor() {
    super('Maze');
  }

  create() {
    const g = this.add.graphics();
    MAP.forEach((row, y) => [...row].forEach((ch, x) => {
      g.fillStyle(ch === '#' ? 0x3f4a3c : 0x1a1c17).fillRect(x * T, y * T, T - 1, T - 1);
    }));
    this.px = 1;
    this.py = 1;
    this.hp = 10;
    this.over = false;
    this.hero = this.add.text(0, 0, '@', { fontFamily: 'monospace', fontSize: '30px', color: '#ffe27a' }).setOrigin(0.5);
    this.ghouls = [[18, 11], [11, 9], [18, 1]].map(([x, y]) => ({
      x,
      y,
      sprite: this.add.text(0, 0, 'G', { fontFamily: 'monospace', fontSize: '30px', color: '#9be37a' }).setOrigin(0.5)
    }));
    this.hud = this.add.text(10, ROWS * T + 16, '', { fontSize: '20px', color: '#eeeeee' });
    this.input.keyboard.on('keydown-LEFT', () => this.turn(-1, 0));
    this.input.keyboard.on('keydown-RIGHT', () => this.turn(1, 0));
    this.input.keyboard.on('keydown-UP', () => this.turn(0, -1));
    this.input.keyboard.on('keydown-DOWN', () => this.turn(0, 1));
    this.draw('The ghouls can smell you...');
  }

  open(x, y) {
    return x >= 0 && y >= 0 && x < COLS && y < ROWS && MAP[y][x] !== '#';
  }

  ghoulAt(x, y) {
    return this.ghouls.find((o) => o.x === x && o.y === y);
  }

  turn(dx, dy) {
    if (this.over) return;
    const nx = this.px + dx;
    const ny = this.py + dy;
    if (!this.open(nx, ny)) return;
    let text = '';
    const foe = this.ghoulAt(nx, ny);
    if (foe) {
      foe.sprite.destroy();
      this.ghouls = this.ghouls.filter((o) => o !== foe);
      text = 'You destroy a ghoul.';
      if (this.ghouls.length === 0) {
        this.over = true;
        this.draw('All ghouls destroyed. You win!');
        return;
      }
    } else {
      this.px = nx;
      this.py = ny;
    }
    this.ghouls.forEach((o) => {
      if (Math.abs(o.x - this.px) + Math.abs(o.y - this.py) === 1) {
        this.hp--;
        text += ' A ghoul claws you.';
        return;
      }
      const step = this.nextStep(o);
      if (step && !this.ghoulAt(step[0], step[1])) {
        o.x = step[0];
        o.y = step[1];
      }
    });
    if (this.hp <= 0) {
      this.over = true;
      text = 'The ghouls devour you. Game over.';
    }
    this.draw(text);
  }

  nextStep(o) {
    const start = o.x + ',' + o.y;
    const goal = this.px + ',' + this.py;
    const came = new Map([[start, null]]);
    const queue = [start];
    while (queue.length && !came.has(goal)) {
      const cur = queue.shift();
      const [x, y] = cur.split(',').map(Number);
      for (const [dx, dy] of DIRS) {
        const nx = x + dx;
        const ny = y + dy;
        const key = nx + ',' + ny;
        if (!came.has(key) && this.open(nx, ny)) {
          came.set(key, cur);
          queue.push(key);
        }
      }
    }
    if (!came.has(goal)) return null;
    let step = goal;
    while (came.get(step) !== start) step = came.get(step);
    return step.split(',').map(Number);
  }

  draw(text) {
    this.hero.setPosition(this.px * T + T / 2, this.py * T + T / 2);
    this.ghouls.forEach((o) => o.sprite.setPosition(o.x * T + T / 2, o.y * T + T / 2));
    this.hud.setText(`HP ${Math.max(this.hp, 0)}/10   Ghouls ${this.ghouls.length}   ${text.trim()}`);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#000000',
  scene: [MazeScene]
};

new Phaser.Game(config);
