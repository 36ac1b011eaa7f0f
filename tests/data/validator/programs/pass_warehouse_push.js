// Warehouse pusher on a tile grid: the arrow keys move the worker one tile; walking into a crate pushes it one tile if the tile behind it is floor or a target (not a wall and not another crate), otherwise nothing moves. When every target holds a crate the level is solved and a message appears; R resets the level and a counter shows the moves made.
const MAP = [
  '##########',
  '#........#',
  '#..$..#..#',
  '#.#..$.$.#',
  '#..@.....#',
  '#.....#..#',
  '#..o..o.o#',
  '##########'
];
const T = 64;
const OX = 80;
const OY = 40;

class Warehouse extends Phaser.Scene {
  constructor() {
    super('warehouse');
  }

  create() {
    this.walls = new Set();
    this.targets = [];
    this.crates = [];
    MAP.forEach((row, y) => {
      [...row].forEach((ch, x) => {
        const px = OX + x * T + T / 2;
        const py = OY + y * T + T / 2;
        this.add.rectangle(px, py, T, T, ch === '#' ? 0x5d4037 : 0xd7ccc8).setStrokeStyle(1, 0xa1887f);
        if (ch === '#') this.walls.add(x + ',' + y);
        if (ch === 'o') {
          this.targets.push({ x, y });
          this.add.circle(px, py, 12, 0xe53935);
        }
        if (ch === '$') this.crates.push({ x, y });
        if (ch === '@') this.worker = { x, y };
      });
    });

    this.crateViews = this.crates.map(() => this.add.rectangle(0, 0, T - 12, T - 12, 0xffb300).setStrokeStyle(4, 0x8d6e00));
    this.workerView = this.add.circle(0, 0, T / 2 - 8, 0x1e88e5);
    this.moves = 0;
    this.solved = false;
    this.hud = this.add.text(OX, 560, '', { fontSize: '22px', color: '#ffffff' });
    this.winText = this.add.text(400, 300, 'Solved!', { fontSize: '64px', color: '#00e676', stroke: '#000', strokeThickness: 6 }).setOrigin(0.5).setVisible(false).setDepth(5);

    const dirs = { LEFT: [-1, 0], RIGHT: [1, 0], UP: [0, -1], DOWN: [0, 1] };
    Object.keys(dirs).forEach((k) => {
      this.input.keyboard.on('keydown-' + k, () => this.tryMove(dirs[k][0], dirs[k][1]));
    });
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
    this.refresh();
  }

  crateAt(x, y) {
    return this.crates.find((c) => c.x === x && c.y === y);
  }

  isWall(x, y) {
    return this.walls.has(x + ',' + y);
  }

  tryMove(dx, dy) {
    if (this.solved) return;
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
    }
    this.worker.x = nx;
    this.worker.y = ny;
    this.moves++;
    this.solved = this.targets.every((t) => this.crateAt(t.x, t.y));
    this.refresh();
  }

  refresh() {
    const pos = (p) => [OX + p.x * T + T / 2, OY + p.y * T + T / 2];
    this.crates.forEach((c, i) => {
      const [px, py] = pos(c);
      const onTarget = this.targets.some((t) => t.x === c.x && t.y === c.y);
      this.crateViews[i].setPosition(px, py).setFillStyle(onTarget ? 0x43a047 : 0xffb300);
    });
    const [wx, wy] = pos(this.worker);
    this.workerView.setPosition(wx, wy);
    this.hud.setText('Moves: ' + this.moves + '    R: reset');
    this.winText.setVisible(this.solved);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: Warehouse
};

new Phaser.Game(config);
