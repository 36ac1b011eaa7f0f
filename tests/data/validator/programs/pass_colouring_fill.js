// Colouring book: a 32x24-cell picture with one-cell black outlines (a house with a pointed roof and a door, a diamond kite with a tail, a square sun and the ground line); pick one of 6 colours from the swatches and click any non-outline area to flood-fill it; the fill spreads only up, down, left and right to cells of the same colour, so even a diagonal one-cell outline keeps it in; R restores the blank picture.
const COLS = 32;
const ROWS = 24;
const CELL = 20;
const OX = 20;
const OY = 90;
const OUTLINE = -1;
const BLANK = 0xffffff;
const COLOURS = [0xe63946, 0xf4a261, 0xffd166, 0x06d6a0, 0x118ab2, 0x8338ec];

const SHAPES = [
  [0, 19, 31, 19],
  [6, 12, 6, 19], [16, 12, 16, 19], [6, 12, 16, 12],
  [6, 12, 11, 7], [11, 7, 16, 12],
  [10, 15, 10, 19], [12, 15, 12, 19], [10, 15, 12, 15],
  [24, 6, 28, 10], [28, 10, 24, 14], [24, 14, 20, 10], [20, 10, 24, 6],
  [24, 14, 24, 18],
  [27, 1, 30, 1], [30, 1, 30, 4], [30, 4, 27, 4], [27, 4, 27, 1],
];

class ColouringScene extends Phaser.Scene {
  constructor() {
    super('Colouring');
  }

  create() {
    this.add.text(OX, 20, 'Colouring Book', { fontSize: '30px', color: '#333333', fontStyle: 'bold' });
    this.add.text(OX, 58, 'Pick a colour, click an area to fill it.  R: start again', { fontSize: '16px', color: '#555555' });
    this.board = this.add.graphics();
    this.colour = COLOURS[0];

    this.swatches = COLOURS.map((col, i) => {
      const sw = this.add.circle(730, 130 + i * 70, 26, col).setStrokeStyle(3, 0x333333);
      sw.setInteractive({ useHandCursor: true });
      sw.on('pointerdown', () => this.pick(i));
      return sw;
    });

    this.input.on('pointerdown', (p) => {
      const c = Math.floor((p.x - OX) / CELL);
      const r = Math.floor((p.y - OY) / CELL);
      if (c < 0 || c >= COLS || r < 0 || r >= ROWS) return;
      this.floodFill(c, r);
      this.draw();
    });
    this.input.keyboard.on('keydown-R', () => {
      this.reset();
    });

    this.pick(0);
    this.reset();
  }

  reset() {
    this.grid = [];
    for (let r = 0; r < ROWS; r++) this.grid.push(new Array(COLS).fill(BLANK));
    SHAPES.forEach(([x1, y1, x2, y2]) => {
      const line = new Phaser.Geom.Line(x1, y1, x2, y2);
      Phaser.Geom.Line.BresenhamPoints(line).forEach((pt) => {
        this.grid[pt.y][pt.x] = OUTLINE;
      });
    });
    this.draw();
  }

  pick(i) {
    this.colour = COLOURS[i];
    this.swatches.forEach((sw, j) => sw.setStrokeStyle(j === i ? 6 : 3, j === i ? 0x000000 : 0x777777));
  }

  floodFill(c0, r0) {
    const target = this.grid[r0][c0];
    if (target === OUTLINE || target === this.colour) return;
    const queue = [[c0, r0]];
    this.grid[r0][c0] = this.colour;
    while (queue.length > 0) {
      const [c, r] = queue.shift();
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          if (Math.abs(dc) + Math.abs(dr) !== 1) continue;
          const nc = c + dc;
          const nr = r + dr;
          if (nc < 0 || nc >= COLS || nr < 0 || nr >= ROWS) continue;
          if (this.grid[nr][nc] !== target) continue;
          this.grid[nr][nc] = this.colour;
          queue.push([nc, nr]);
        }
      }
    }
  }

  draw() {
    const g = this.board;
    g.clear();
    for (let r = 0; r < ROWS; r++) {
      for (let c = 0; c < COLS; c++) {
        const v = this.grid[r][c];
        g.fillStyle(v === OUTLINE ? 0x111111 : v, 1);
        g.fillRect(OX + c * CELL, OY + r * CELL, CELL, CELL);
      }
    }
    g.lineStyle(1, 0xdddddd, 0.6);
    for (let c = 0; c <= COLS; c++) g.lineBetween(OX + c * CELL, OY, OX + c * CELL, OY + ROWS * CELL);
    for (let r = 0; r <= ROWS; r++) g.lineBetween(OX, OY + r * CELL, OX + COLS * CELL, OY + r * CELL);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#f7f3e9',
  scene: ColouringScene,
};

new Phaser.Game(config);
