// Key-and-door crawl: the arrow keys move one tile; walking onto a gold key picks it up (the HUD shows Keys: N); walking into a locked brown door with at least one key opens that one door and uses up one key, while without a key the door stays shut; the three doors lie between four rooms and the stairs in the last room win the game.
const T = 32;
const FLOOR = 0;
const WALL = 1;
const DOOR = 2;
const STAIRS = 3;
const LAYOUT = [
  '#########################',
  '#.....#.....#.....#.....#',
  '#.@...#..k..#.....#.....#',
  '#.....#.....#..k..#.....#',
  '#.....D.....#.....#.....#',
  '#.....#.....#.....#.....#',
  '#.##..#.....#.....#.....#',
  '#.....#..#..#.....#.....#',
  '#.....#.....#.....#...S.#',
  '#.....#.....D.....#.....#',
  '#.....#.....#.....#.....#',
  '#.....#.....#..#..#.....#',
  '#.....#.....#.....#.....#',
  '#.....#.....#.....#.....#',
  '#..k..#.....#.....D.....#',
  '#.....#.....#.....#.....#',
  '#.....#.....#.....#.....#',
  '#########################'
];
const DIRS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

class KeyScene extends Phaser.Scene {
  constructor() {
    super('Keys');
  }

  create() {
    this.makeTextures();
    const data = [];
    const keySpots = [];
    LAYOUT.forEach((row, y) => {
      const line = [];
      [...row].forEach((ch, x) => {
        if (ch === '#') line.push(WALL);
        else if (ch === 'D') line.push(DOOR);
        else if (ch === 'S') line.push(STAIRS);
        else line.push(FLOOR);
        if (ch === 'k') keySpots.push({ x, y });
        if (ch === '@') this.start = { x, y };
      });
      data.push(line);
    });

    this.map = this.make.tilemap({ data, tileWidth: T, tileHeight: T });
    const tiles = this.map.addTilesetImage('tiles');
    this.layer = this.map.createLayer(0, tiles, 0, 0);

    this.keyItems = keySpots.map((p) => this.add.image(p.x * T + T / 2, p.y * T + T / 2, 'key').setData({ gx: p.x, gy: p.y }));
    this.hx = this.start.x;
    this.hy = this.start.y;
    this.hero = this.add.image(0, 0, 'hero');
    this.keys = 0;
    this.won = false;

    this.hud = this.add.text(10, 580, '', { fontSize: '16px', color: '#ffe27a' }).setOrigin(0, 0.5);
    this.msg = this.add.text(790, 580, 'Find a key to open the first door.', { fontSize: '16px', color: '#dddddd' }).setOrigin(1, 0.5);

    this.input.keyboard.on('keydown', (event) => {
      const dir = DIRS[event.code];
      if (dir) this.tryMove(dir[0], dir[1]);
    });
    this.refresh();
  }

  makeTextures() {
    const g = this.add.graphics();
    g.fillStyle(0x2e3038).fillRect(0, 0, T, T);
    g.fillStyle(0x383b45).fillRect(6, 8, 4, 4).fillRect(20, 22, 4, 4);
    g.fillStyle(0x6b6357).fillRect(T, 0, T, T);
    g.lineStyle(2, 0x4a443b).strokeRect(T + 1, 1, T - 2, T / 2 - 1).strokeRect(T + 1, T / 2, T - 2, T / 2 - 1);
    g.fillStyle(0x7a4a1e).fillRect(2 * T, 0, T, T);
    g.fillStyle(0xd9b23a).fillCircle(2 * T + 16, 13, 4).fillRect(2 * T + 14, 13, 4, 10);
    g.fillStyle(0x2e3038).fillRect(3 * T, 0, T, T);
    g.fillStyle(0xbfc4cc);
    for (let i = 0; i < 4; i++) g.fillRect(3 * T + 4 + i * 3, 6 + i * 6, T - 8 - i * 6, 4);
    g.generateTexture('tiles', 4 * T, T);
    g.clear();
    g.fillStyle(0xffd23f).fillCircle(9, 9, 7).fillRect(14, 7, 14, 4).fillRect(22, 11, 3, 5);
    g.fillStyle(0x2e3038).fillCircle(9, 9, 3);
    g.generateTexture('key', 30, 18);
    g.clear();
    g.fillStyle(0x4fc3f7).fillCircle(12, 12, 11);
    g.fillStyle(0x0b3954).fillCircle(8, 9, 2).fillCircle(16, 9, 2);
    g.generateTexture('hero', 24, 24);
    g.destroy();
  }

  tryMove(dx, dy) {
    if (this.won) return;
    const nx = this.hx + dx;
    const ny = this.hy + dy;
    const tile = this.map.getTileAt(nx, ny);
    if (!tile || tile.index === WALL) return;

    if (tile.index === DOOR) {
      if (this.keys === 0) {
        this.say('The door is locked. You need a key.');
        return;
      }
      this.keys -= 1;
      this.map.replaceByIndex(DOOR, FLOOR, nx, ny, 1, 1);
      this.say('Click! The door swings open.');
      this.refresh();
      return;
    }

    this.hx = nx;
    this.hy = ny;
    const key = this.keyItems.find((k) => k.getData('gx') === nx && k.getData('gy') === ny);
    if (key) {
      key.destroy();
      this.keyItems = this.keyItems.filter((k) => k !== key);
      this.keys += 1;
      this.say('You pick up a key.');
    }
    if (tile.index === STAIRS) {
      this.won = true;
      this.say('You take the stairs down. You win!');
    }
    this.refresh();
  }

  say(text) {
    this.msg.setText(text);
  }

  refresh() {
    this.hero.setPosition(this.hx * T + T / 2, this.hy * T + T / 2);
    let locked = 0;
    this.layer.forEachTile((t) => {
      if (t.index === DOOR) locked++;
    });
    this.hud.setText(`Keys: ${this.keys}    Locked doors: ${locked}`);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#111111',
  scene: [KeyScene]
};

new Phaser.Game(config);
