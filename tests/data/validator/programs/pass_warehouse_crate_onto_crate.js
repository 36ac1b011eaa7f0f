// Warehouse puzzle: move the worker with the arrow keys on a grid; walking into a crate pushes it one cell if the cell behind it is free (no wall and no other crate); the level is won when every crate sits on a target, and the number of moves is shown. R restarts the level.
const TILE = 64;
const LEVEL = [
  '########',
  '#......#',
  '#.$$.@.#',
  '#..#...#',
  '#.**...#',
  '#......#',
  '########',
];

class WarehouseScene extends Phaser.Scene {
  constructor() { super('warehouse'); }

  create() {
    this.walls = new Set();
    this.targets = [];
    this.crates = [];
    this.moves = 0;
    this.won = false;
    LEVEL.forEach((row, y) => row.split('').forEach((ch, x) => {
      if (ch === '#') {
        this.walls.add(`${x},${y}`);
        this.add.rectangle(x * TILE + 32, y * TILE + 32, TILE, TILE, 0x6c584c);
      }
      if (ch === '*') {
        this.targets.push({ x, y });
        this.add.circle(x * TILE + 32, y * TILE + 32, 12, 0xe63946);
      }
      if (ch === '$') this.crates.push({ x, y, view: this.add.rectangle(x * TILE + 32, y * TILE + 32, 52, 52, 0xdda15e) });
      if (ch === '@') this.worker = { x, y, view: this.add.circle(x * TILE + 32, y * TILE + 32, 24, 0x457b9d) };
    }));
    this.crates.forEach((c) => c.view.setDepth(1));
    this.worker.view.setDepth(2);
    this.info = this.add.text(10, 460, 'Moves: 0', { fontSize: '22px', color: '#ffffff' });
    const keys = this.input.keyboard.createCursorKeys();
    keys.left.on('down', () => this.step(-1, 0));
    keys.right.on('down', () => this.step(1, 0));
    keys.up.on('down', () => this.step(0, -1));
    keys.down.on('down', () => this.step(0, 1));
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
  }

  isWall(x, y) { return this.walls.has(`${x},${y}`); }

  crateAt(x, y) { return this.crates.find((c) => c.x === x && c.y === y); }

  step(dx, dy) {
    if (this.won) return;
    const nx = this.worker.x + dx;
    const ny = this.worker.y + dy;
    if (this.isWall(nx, ny)) return;
    const crate = this.crateAt(nx, ny);
    if (crate) {
      const bx = nx + dx;
      const by = ny + dy;
      if (this.isWall(bx, by) || this.crateAt(bx, by)) return;
      crate.x = bx;
      crate.y = by;
      crate.view.setPosition(bx * TILE + 32, by * TILE + 32);
    }
    this.worker.x = nx;
    this.worker.y = ny;
    this.worker.view.setPosition(nx * TILE + 32, ny * TILE + 32);
    this.moves++;
    this.info.setText('Moves: ' + this.moves);
    if (this.targets.every((t) => this.crateAt(t.x, t.y))) {
      this.won = true;
      this.info.setText(`Solved in ${this.moves} moves!`);
    }
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 512, height: 500, backgroundColor: '#283618', scene: WarehouseScene });
