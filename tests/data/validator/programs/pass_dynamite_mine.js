// Dynamite mine: the miner walks one tile per arrow press, up, down, left or right only (no diagonal steps), through open tunnel tiles of a 15x10 mine; D lights a stick of dynamite on his tile (one at a time) that explodes after 1.5 s and clears rock from the whole 3x3 square around it, diagonal corners included; if the miner is inside that square he is stunned and cannot move for 2 s; walking onto an uncovered gem collects it, and collecting all 6 gems wins.
const T = 48;
const COLS = 15;
const ROWS = 10;
const OX = (800 - COLS * T) / 2;
const OY = 100;
const GEMS = [[4, 1], [9, 2], [13, 4], [2, 7], [7, 6], [11, 8]];

class MineScene extends Phaser.Scene {
  constructor() {
    super('mine');
  }

  create() {
    this.rock = [];
    this.rockTiles = [];
    for (let r = 0; r < ROWS; r++) {
      this.rock.push([]);
      this.rockTiles.push([]);
      for (let c = 0; c < COLS; c++) {
        const open = r === 4 && c <= 3;
        this.add.rectangle(this.px(c), this.py(r), T, T, 0x3e2723);
        this.rock[r].push(!open);
        this.rockTiles[r].push(null);
      }
    }
    this.gems = GEMS.map(([c, r]) => ({ c, r, taken: false, obj: this.add.star(this.px(c), this.py(r), 5, 8, 16, 0x00e5ff) }));
    for (let r = 0; r < ROWS; r++) {
      for (let c = 0; c < COLS; c++) {
        if (this.rock[r][c]) this.rockTiles[r][c] = this.add.rectangle(this.px(c), this.py(r), T - 2, T - 2, 0x795548).setStrokeStyle(1, 0x4e342e);
      }
    }
    this.miner = { c: 1, r: 4 };
    this.minerObj = this.add.circle(this.px(1), this.py(4), T / 2 - 6, 0xffc107).setStrokeStyle(3, 0x212121).setDepth(3);
    this.fuse = null;
    this.stunnedUntil = 0;
    this.collected = 0;
    this.hud = this.add.text(20, 20, '', { fontSize: '22px', color: '#ffffff' });
    this.msg = this.add.text(400, 70, '', { fontSize: '22px', color: '#ffeb3b' }).setOrigin(0.5);

    const keys = this.input.keyboard.createCursorKeys();
    keys.left.on('down', () => this.walk(-1, 0));
    keys.right.on('down', () => this.walk(1, 0));
    keys.up.on('down', () => this.walk(0, -1));
    keys.down.on('down', () => this.walk(0, 1));
    this.input.keyboard.on('keydown-D', () => this.light());
    this.refresh();
  }

  px(c) { return OX + c * T + T / 2; }
  py(r) { return OY + r * T + T / 2; }

  walk(dc, dr) {
    if (this.collected === GEMS.length || this.time.now < this.stunnedUntil) return;
    const c = this.miner.c + dc;
    const r = this.miner.r + dr;
    if (c < 0 || r < 0 || c >= COLS || r >= ROWS || this.rock[r][c]) return;
    this.miner = { c, r };
    this.minerObj.setPosition(this.px(c), this.py(r));
    const gem = this.gems.find(g => !g.taken && g.c === c && g.r === r);
    if (gem) {
      gem.taken = true;
      gem.obj.destroy();
      this.collected += 1;
      if (this.collected === GEMS.length) this.msg.setText('All 6 gems! You win!');
    }
    this.refresh();
  }

  light() {
    if (this.fuse || this.collected === GEMS.length) return;
    const at = { c: this.miner.c, r: this.miner.r };
    const stick = this.add.rectangle(this.px(at.c), this.py(at.r), 10, 26, 0xd50000).setDepth(5);
    this.tweens.add({ targets: stick, alpha: 0.3, duration: 150, yoyo: true, repeat: -1 });
    this.fuse = this.time.delayedCall(1500, () => {
      this.fuse = null;
      stick.destroy();
      this.explode(at);
    });
  }

  explode(at) {
    for (let r = 0; r < ROWS; r++) {
      for (let c = 0; c < COLS; c++) {
        if (Math.abs(r - at.r) <= 1 && Math.abs(c - at.c) <= 1 && this.rock[r][c]) {
          this.rock[r][c] = false;
          this.rockTiles[r][c].destroy();
          this.rockTiles[r][c] = null;
        }
      }
    }
    const boom = this.add.rectangle(this.px(at.c), this.py(at.r), T * 3, T * 3, 0xff9100, 0.7).setDepth(4);
    this.tweens.add({ targets: boom, alpha: 0, duration: 400, onComplete: () => boom.destroy() });
    if (Math.abs(this.miner.r - at.r) <= 1 && Math.abs(this.miner.c - at.c) <= 1) {
      this.stunnedUntil = this.time.now + 2000;
      this.minerObj.setFillStyle(0x9e9e9e);
      this.msg.setText('Stunned!');
      this.time.delayedCall(2000, () => {
        this.minerObj.setFillStyle(0xffc107);
        this.msg.setText(this.collected === GEMS.length ? 'All 6 gems! You win!' : '');
      });
    }
    this.cameras.main.shake(150, 0.008);
  }

  refresh() {
    this.hud.setText('Gems: ' + this.collected + '/' + GEMS.length + '    D: dynamite');
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b1b1b',
  scene: MineScene
};

new Phaser.Game(config);
