// Match-3 on an 8x8 board: click a gem, then click a gem directly above, below, left or right of it to swap them (diagonal swaps are not allowed). A swap that lines up 3+ equal gems clears them for 10 points each, gems above fall and new ones drop in, and cascades clear too; a swap that makes no line swaps back.
const ROWS = 8, COLS = 8, CELL = 64, OX = 144, OY = 70;
const COLORS = [0xff6b6b, 0x51cf66, 0x339af0, 0xfcc419, 0xcc5de8, 0xff922b];

class GemScene extends Phaser.Scene {
  constructor() { super('gems'); }

  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffffff, 1);
    g.fillPoints([{ x: 28, y: 2 }, { x: 54, y: 28 }, { x: 28, y: 54 }, { x: 2, y: 28 }], true);
    g.generateTexture('gem', 56, 56);
    g.destroy();
  }

  create() {
    this.grid = [];
    this.score = 0;
    this.busy = false;
    this.selected = null;
    for (let r = 0; r < ROWS; r++) {
      this.grid.push([]);
      for (let c = 0; c < COLS; c++) {
        let color;
        do {
          color = Phaser.Math.Between(0, COLORS.length - 1);
        } while ((c >= 2 && this.colorAt(r, c - 1) === color && this.colorAt(r, c - 2) === color) ||
                 (r >= 2 && this.colorAt(r - 1, c) === color && this.colorAt(r - 2, c) === color));
        this.grid[r].push(this.makeGem(r, c, color, this.cellY(r)));
      }
    }
    this.marker = this.add.rectangle(0, 0, CELL - 2, CELL - 2).setStrokeStyle(4, 0xffffff).setVisible(false);
    this.scoreText = this.add.text(400, 30, 'Score: 0', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.input.on('gameobjectdown', (pointer, gem) => this.pick(gem));
  }

  cellX(c) { return OX + c * CELL + CELL / 2; }
  cellY(r) { return OY + r * CELL + CELL / 2; }
  colorAt(r, c) { return this.grid[r] && this.grid[r][c] ? this.grid[r][c].getData('color') : -1; }

  makeGem(r, c, color, y) {
    const gem = this.add.image(this.cellX(c), y, 'gem').setTint(COLORS[color]).setInteractive();
    gem.setData({ r, c, color });
    return gem;
  }

  pick(gem) {
    if (this.busy) return;
    if (!this.selected) {
      this.selected = gem;
      this.marker.setPosition(gem.x, gem.y).setVisible(true);
      return;
    }
    const a = this.selected;
    this.selected = null;
    this.marker.setVisible(false);
    const dr = Math.abs(a.getData('r') - gem.getData('r'));
    const dc = Math.abs(a.getData('c') - gem.getData('c'));
    if (a === gem) return;
    if (dr + dc === 1) this.swap(a, gem, true);
    else this.pick(gem);
  }

  swap(a, b, firstTry) {
    this.busy = true;
    const ar = a.getData('r'), ac = a.getData('c'), br = b.getData('r'), bc = b.getData('c');
    this.grid[ar][ac] = b;
    this.grid[br][bc] = a;
    a.setData({ r: br, c: bc });
    b.setData({ r: ar, c: ac });
    this.tweens.add({ targets: a, x: this.cellX(bc), y: this.cellY(br), duration: 180 });
    this.tweens.add({
      targets: b, x: this.cellX(ac), y: this.cellY(ar), duration: 180,
      onComplete: () => {
        if (!firstTry) { this.busy = false; return; }
        const found = this.findMatches();
        if (found.length) this.clear(found);
        else this.swap(a, b, false);
      }
    });
  }

  findMatches() {
    const hit = new Set();
    const scan = (get, toIndex, outer, inner) => {
      for (let i = 0; i < outer; i++) {
        let start = 0;
        for (let j = 1; j <= inner; j++) {
          if (j < inner && get(i, j) === get(i, start)) continue;
          if (j - start >= 3) for (let k = start; k < j; k++) hit.add(toIndex(i, k));
          start = j;
        }
      }
    };
    scan((r, c) => this.colorAt(r, c), (r, c) => r * COLS + c, ROWS, COLS);
    scan((c, r) => this.colorAt(r, c), (c, r) => r * COLS + c, COLS, ROWS);
    return [...hit];
  }

  clear(found) {
    this.score += found.length * 10;
    this.scoreText.setText('Score: ' + this.score);
    found.forEach(idx => {
      const r = Math.floor(idx / COLS), c = idx % COLS;
      const gem = this.grid[r][c];
      this.grid[r][c] = null;
      this.tweens.add({ targets: gem, scale: 0, duration: 150, onComplete: () => gem.destroy() });
    });
    this.time.delayedCall(170, () => this.collapse());
  }

  collapse() {
    for (let c = 0; c < COLS; c++) {
      let write = ROWS - 1;
      for (let r = ROWS - 1; r >= 0; r--) {
        const gem = this.grid[r][c];
        if (!gem) continue;
        this.grid[r][c] = null;
        this.grid[write][c] = gem;
        gem.setData('r', write);
        this.tweens.add({ targets: gem, y: this.cellY(write), duration: 250, ease: 'Quad.easeIn' });
        write--;
      }
      for (let r = write; r >= 0; r--) {
        const gem = this.makeGem(r, c, Phaser.Math.Between(0, COLORS.length - 1), this.cellY(r - write - 1));
        this.grid[r][c] = gem;
        this.tweens.add({ targets: gem, y: this.cellY(r), duration: 250, ease: 'Quad.easeIn' });
      }
    }
    this.time.delayedCall(280, () => {
      const found = this.findMatches();
      if (found.length) this.clear(found);
      else this.busy = false;
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b1d2a',
  scene: GemScene
};

new Phaser.Game(config);
