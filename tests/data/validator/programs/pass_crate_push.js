// Sokoban: arrow keys move the worker one tile; walking into a crate pushes it one tile if the space beyond is free (never two crates, never into a wall). Crates turn green on a goal, the move counter counts steps, "Solved!" shows when all 3 crates are on goals, and R restarts the level.
const LEVEL = [
  '########',
  '#      #',
  '# .  $ #',
  '#   $  #',
  '# @  . #',
  '#  $ . #',
  '########'
];
const T = 64, OX = 400 - (LEVEL[0].length * T) / 2 + T / 2, OY = 100 + T / 2;

class Warehouse extends Phaser.Scene {
  constructor() { super('Warehouse'); }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x495057).fillRect(0, 0, T, T).lineStyle(2, 0x343a40).strokeRect(1, 1, T - 2, T - 2);
    g.generateTexture('wall', T, T);
    g.clear().lineStyle(4, 0xffd43b).strokeCircle(T / 2, T / 2, 14);
    g.generateTexture('goal', T, T);
    g.clear().fillStyle(0xffffff).fillRoundedRect(6, 6, T - 12, T - 12, 6).lineStyle(4, 0x000000, 0.25).lineBetween(10, 10, T - 10, T - 10).lineBetween(T - 10, 10, 10, T - 10);
    g.generateTexture('crate', T, T);
    g.clear().fillStyle(0x74c0fc).fillCircle(T / 2, T / 2, 22).fillStyle(0x1c7ed6).fillCircle(T / 2, T / 2 - 8, 10);
    g.generateTexture('worker', T, T);
    g.destroy();
  }

  create() {
    this.walls = new Set();
    this.goals = new Set();
    this.crates = [];
    this.moves = 0;
    this.moving = false;
    this.solved = false;
    LEVEL.forEach((row, y) => [...row].forEach((ch, x) => {
      const px = OX + x * T, py = OY + y * T;
      if (ch === '#') { this.walls.add(x + ',' + y); this.add.image(px, py, 'wall'); }
      if (ch === '.') { this.goals.add(x + ',' + y); this.add.image(px, py, 'goal'); }
      if (ch === '$') this.crates.push({ x, y });
      if (ch === '@') this.start = { x, y };
    }));
    this.crates.forEach(c => { c.sprite = this.add.image(OX + c.x * T, OY + c.y * T, 'crate').setTint(0xc0895a); });
    this.pos = { x: this.start.x, y: this.start.y };
    this.worker = this.add.image(OX + this.pos.x * T, OY + this.pos.y * T, 'worker');
    this.info = this.add.text(400, 40, 'Moves: 0', { fontSize: '28px', color: '#f8f9fa' }).setOrigin(0.5);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
  }

  update() {
    if (this.moving || this.solved) return;
    const JD = Phaser.Input.Keyboard.JustDown;
    if (JD(this.cursors.left)) this.step(-1, 0);
    else if (JD(this.cursors.right)) this.step(1, 0);
    else if (JD(this.cursors.up)) this.step(0, -1);
    else if (JD(this.cursors.down)) this.step(0, 1);
  }

  crateAt(x, y) { return this.crates.find(c => c.x === x && c.y === y); }
  blocked(x, y) { return this.walls.has(x + ',' + y); }

  step(dx, dy) {
    const nx = this.pos.x + dx, ny = this.pos.y + dy;
    if (this.blocked(nx, ny)) return;
    const crate = this.crateAt(nx, ny);
    if (crate) {
      const bx = nx + dx, by = ny + dy;
      if (this.blocked(bx, by) || this.crateAt(bx, by)) return;
      crate.x = bx;
      crate.y = by;
    }
    this.pos.x = nx;
    this.pos.y = ny;
    this.moves++;
    this.moving = true;
    this.tweens.add({
      targets: crate ? [this.worker, crate.sprite] : [this.worker],
      x: '+=' + dx * T,
      y: '+=' + dy * T,
      duration: 110,
      onComplete: () => {
        this.moving = false;
        this.afterMove();
      }
    });
  }

  afterMove() {
    let onGoal = 0;
    this.crates.forEach(c => {
      const home = this.goals.has(c.x + ',' + c.y);
      c.sprite.setTint(home ? 0x51cf66 : 0xc0895a);
      if (home) onGoal++;
    });
    this.info.setText('Moves: ' + this.moves);
    if (onGoal === this.crates.length) {
      this.solved = true;
      this.info.setText('Solved! ' + this.moves + ' moves - R to play again');
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#212529',
  scene: Warehouse
};

new Phaser.Game(config);
