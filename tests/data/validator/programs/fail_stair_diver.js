// Stair diver: each floor is a 20x13 room with random pillars and one staircase (>); the arrow keys move one tile, and pressing ENTER while standing on the staircase takes you one floor deeper (Depth +1, a new random layout with its staircase somewhere else), while ENTER anywhere else only says there are no stairs here; the deepest depth you have ever reached is saved in localStorage and shown as Record.
const T = 40;
const COLS = 20;
const ROWS = 13;
const RECORD_KEY = 'stair_diver_record';

class DiverScene extends Phaser.Scene {
  constructor() {
    super('Diver');
  }

  create() {
    this.gfx = this.add.graphics();
    this.stairsText = this.add.text(0, 0, '>', { fontFamily: 'monospace', fontSize: '30px', color: '#7df9ff' }).setOrigin(0.5);
    this.hero = this.add.text(0, 0, '@', { fontFamily: 'monospace', fontSize: '30px', color: '#ffd866' }).setOrigin(0.5);
    this.hud = this.add.text(10, ROWS * T + 14, '', { fontSize: '20px', color: '#f0f0f0' });
    this.msg = this.add.text(10, ROWS * T + 44, '', { fontSize: '16px', color: '#b9c0cc' });
    this.record = Number(localStorage.getItem(RECORD_KEY)) || 0;
    this.level = 1;

    const stairs = this.buildFloor();
    this.input.keyboard.on('keydown-ENTER', () => {
      if (this.px === stairs.x && this.py === stairs.y) {
        this.level++;
        this.buildFloor();
        this.say('You climb down to depth ' + this.level + '.');
      } else {
        this.say('There are no stairs here.');
      }
    });
    this.input.keyboard.on('keydown-LEFT', () => this.walk(-1, 0));
    this.input.keyboard.on('keydown-RIGHT', () => this.walk(1, 0));
    this.input.keyboard.on('keydown-UP', () => this.walk(0, -1));
    this.input.keyboard.on('keydown-DOWN', () => this.walk(0, 1));
    this.say('Find the > and press ENTER on it.');
  }

  buildFloor() {
    this.pillars = new Set();
    for (let y = 2; y < ROWS - 1; y += 2) {
      for (let x = 2; x < COLS - 1; x += 2) {
        if (Math.random() < 0.3) this.pillars.add(y * COLS + x);
      }
    }
    const free = [];
    for (let y = 1; y < ROWS - 1; y++) {
      for (let x = 1; x < COLS - 1; x++) if (!this.blocked(x, y)) free.push({ x, y });
    }
    Phaser.Utils.Array.Shuffle(free);
    const start = free.pop();
    this.px = start.x;
    this.py = start.y;
    const last = this.stairs;
    const options = free.filter((c) => !last || c.x !== last.x || c.y !== last.y);
    this.stairs = options.find((c) => Math.abs(c.x - start.x) + Math.abs(c.y - start.y) >= 8) || options[0];

    this.gfx.clear();
    for (let y = 0; y < ROWS; y++) {
      for (let x = 0; x < COLS; x++) {
        this.gfx.fillStyle(this.blocked(x, y) ? 0x5b5148 : 0x24262e).fillRect(x * T, y * T, T - 1, T - 1);
      }
    }
    this.stairsText.setPosition(this.stairs.x * T + T / 2, this.stairs.y * T + T / 2);
    if (this.level > this.record) {
      this.record = this.level;
      localStorage.setItem(RECORD_KEY, String(this.record));
    }
    this.sync();
    return this.stairs;
  }

  blocked(x, y) {
    return x <= 0 || y <= 0 || x >= COLS - 1 || y >= ROWS - 1 || this.pillars.has(y * COLS + x);
  }

  walk(dx, dy) {
    const nx = this.px + dx;
    const ny = this.py + dy;
    if (this.blocked(nx, ny)) return;
    this.px = nx;
    this.py = ny;
    this.sync();
  }

  say(text) {
    this.msg.setText(text);
  }

  sync() {
    this.hero.setPosition(this.px * T + T / 2, this.py * T + T / 2);
    this.hud.setText(`Depth ${this.level}   Record ${this.record}`);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#000000',
  scene: [DiverScene]
};

new Phaser.Game(config);
