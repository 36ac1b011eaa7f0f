// Ice puzzle: each arrow key sends the penguin sliding in that direction until the next tile is a rock, and it stops on the ice just before that rock (it never enters a rock tile). Moves are counted, stopping on the flag shows "Flag reached in N moves!", and R resets the penguin and the counter.
const MAP = [
  '##########',
  '#...#....#',
  '#......#.#',
  '#..#.....#',
  '#.....#..#',
  '#.#...F..#',
  '#P...#...#',
  '##########'
];
const TILE = 60, BX = 100, BY = 90;

class IceScene extends Phaser.Scene {
  constructor() { super('Ice'); }

  create() {
    const g = this.add.graphics();
    MAP.forEach((row, y) => [...row].forEach((ch, x) => {
      const px = BX + x * TILE, py = BY + y * TILE;
      if (ch === '#') {
        g.fillStyle(0x5c5f66, 1).fillRect(px, py, TILE, TILE);
        g.fillStyle(0x868e96, 1).fillCircle(px + TILE / 2, py + TILE / 2, TILE / 2 - 6);
      } else {
        g.fillStyle(0xd0ebff, 1).fillRect(px, py, TILE, TILE);
        g.lineStyle(1, 0xa5d8ff, 1).strokeRect(px, py, TILE, TILE);
      }
      if (ch === 'F') this.flag = { x, y };
      if (ch === 'P') this.start = { x, y };
    }));
    const fx = BX + this.flag.x * TILE, fy = BY + this.flag.y * TILE;
    g.fillStyle(0x343a40, 1).fillRect(fx + 18, fy + 10, 4, 42);
    g.fillStyle(0xe03131, 1).fillTriangle(fx + 22, fy + 10, fx + 48, fy + 20, fx + 22, fy + 30);

    this.penguin = this.add.container(0, 0, [
      this.add.ellipse(0, 4, 36, 44, 0x212529),
      this.add.ellipse(0, 8, 24, 30, 0xffffff),
      this.add.triangle(0, -8, 0, 0, 10, 0, 5, 7, 0xfd7e14)
    ]);
    this.hud = this.add.text(400, 40, '', { fontSize: '26px', color: '#ffffff' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-LEFT', () => this.slide(-1, 0));
    this.input.keyboard.on('keydown-RIGHT', () => this.slide(1, 0));
    this.input.keyboard.on('keydown-UP', () => this.slide(0, -1));
    this.input.keyboard.on('keydown-DOWN', () => this.slide(0, 1));
    this.input.keyboard.on('keydown-R', () => this.reset());
    this.reset();
  }

  reset() {
    this.tweens.killTweensOf(this.penguin);
    this.cell = { x: this.start.x, y: this.start.y };
    this.penguin.setPosition(this.toX(this.cell.x), this.toY(this.cell.y));
    this.moves = 0;
    this.sliding = false;
    this.won = false;
    this.hud.setText('Moves: 0');
  }

  toX(x) { return BX + x * TILE + TILE / 2; }
  toY(y) { return BY + y * TILE + TILE / 2; }
  isRock(x, y) { return MAP[y][x] === '#'; }

  slide(dx, dy) {
    if (this.sliding || this.won) return;
    let x = this.cell.x, y = this.cell.y;
    while (!this.isRock(x + dx, y + dy)) {
      x += dx;
      y += dy;
    }
    const dist = Math.abs(x - this.cell.x) + Math.abs(y - this.cell.y);
    if (dist === 0) return;
    this.cell = { x, y };
    this.moves++;
    this.hud.setText('Moves: ' + this.moves);
    this.sliding = true;
    this.tweens.add({
      targets: this.penguin,
      x: this.toX(x),
      y: this.toY(y),
      duration: dist * 90,
      ease: 'Sine.easeOut',
      onComplete: () => {
        this.sliding = false;
        if (x === this.flag.x && y === this.flag.y) {
          this.won = true;
          this.hud.setText('Flag reached in ' + this.moves + ' moves!');
        }
      }
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#0b1d33',
  scene: IceScene
};

new Phaser.Game(config);
