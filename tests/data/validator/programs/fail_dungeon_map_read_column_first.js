// Tile dungeon: arrow keys move the hero one tile at a time, walls (#) block movement, and stepping onto the stairs (>) descends to the next floor.
const TILE = 48;
const FLOORS = [
  [
    '########',
    '#@..#..#',
    '##.##..#',
    '#...#.##',
    '#.#....#',
    '#.#.##.#',
    '#...#.>#',
    '########'
  ],
  [
    '########',
    '#@.....#',
    '#.####.#',
    '#.#..#.#',
    '#.#>.#.#',
    '#.##.#.#',
    '#......#',
    '########'
  ]
];

class DungeonScene extends Phaser.Scene {
  constructor() { super('Dungeon'); }

  create() {
    this.floorIndex = 0;
    this.moving = false;
    this.tiles = this.add.group();
    this.hero = this.add.rectangle(0, 0, TILE - 12, TILE - 12, 0xffcc33).setDepth(2);
    this.floorText = this.add.text(400, 20, '', { fontSize: '20px', color: '#ffffff' });
    this.cursors = this.input.keyboard.createCursorKeys();
    this.loadFloor(0);
  }

  loadFloor(index) {
    this.floorIndex = index;
    this.map = FLOORS[index % FLOORS.length];
    this.tiles.clear(true, true);
    this.map.forEach((row, y) => {
      [...row].forEach((ch, x) => {
        const color = ch === '#' ? 0x555566 : ch === '>' ? 0x33aaff : 0x222230;
        this.tiles.add(this.add.rectangle(x * TILE + TILE / 2, y * TILE + TILE / 2, TILE - 2, TILE - 2, color));
        if (ch === '@') { this.px = x; this.py = y; }
      });
    });
    this.hero.setPosition(this.px * TILE + TILE / 2, this.py * TILE + TILE / 2);
    this.floorText.setText(`Floor B${index + 1}`);
  }

  isWalkable(x, y) {
    return this.map[x][y] !== '#';
  }

  update() {
    if (this.moving) return;
    const { left, right, up, down } = this.cursors;
    let dx = 0, dy = 0;
    if (Phaser.Input.Keyboard.JustDown(left)) dx = -1;
    else if (Phaser.Input.Keyboard.JustDown(right)) dx = 1;
    else if (Phaser.Input.Keyboard.JustDown(up)) dy = -1;
    else if (Phaser.Input.Keyboard.JustDown(down)) dy = 1;
    if (!dx && !dy) return;

    const nx = this.px + dx, ny = this.py + dy;
    if (!this.isWalkable(nx, ny)) return;
    this.px = nx;
    this.py = ny;
    this.moving = true;
    this.tweens.add({
      targets: this.hero,
      x: nx * TILE + TILE / 2,
      y: ny * TILE + TILE / 2,
      duration: 120,
      onComplete: () => {
        this.moving = false;
        if (this.map[ny][nx] === '>') this.loadFloor(this.floorIndex + 1);
      }
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 560,
  height: 400,
  backgroundColor: '#111118',
  scene: [DungeonScene]
});
