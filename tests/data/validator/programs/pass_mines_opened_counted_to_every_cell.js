// Minesweeper-style reveal: an 8x8 field hides 10 mines; clicking a cell reveals its count of neighbouring mines, empty cells flood-open their neighbours, clicking a mine shows "Boom!" and ends the game, and revealing every safe cell shows "Cleared!".
const COLS = 8;
const ROWS = 8;
const MINES = 10;
const CELL = 48;
const LEFT = 48;
const TOP = 80;
const NUMBER_COLOURS = ['#000', '#4fc3f7', '#81c784', '#e57373', '#ba68c8', '#ffb74d', '#4dd0e1', '#fff', '#aaa'];

function neighbours(c, r) {
  const list = [];
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const x = c + dx;
      const y = r + dy;
      if ((dx || dy) && x >= 0 && y >= 0 && x < COLS && y < ROWS) list.push([x, y]);
    }
  }
  return list;
}

function reveal(scene, c, r) {
  const stack = [[c, r]];
  while (stack.length) {
    const [x, y] = stack.pop();
    const cell = scene.grid[y][x];
    if (cell.open) continue;
    cell.open = true;
    scene.data.inc('opened');
    cell.cover.setVisible(false);
    if (cell.count > 0) {
      scene.add.text(cell.cover.x, cell.cover.y, String(cell.count), { fontSize: '24px', color: NUMBER_COLOURS[cell.count] }).setOrigin(0.5);
    } else {
      neighbours(x, y).forEach(n => stack.push(n));
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: COLS * CELL + LEFT * 2,
  height: ROWS * CELL + TOP + 40,
  backgroundColor: '#263238',
  scene: {
    preload() {
      const g = this.make.graphics({ x: 0, y: 0 }, false);
      g.fillStyle(0x78909c).fillRect(0, 0, CELL - 2, CELL - 2);
      g.fillStyle(0x90a4ae).fillRect(0, 0, CELL - 6, CELL - 6);
      g.generateTexture('cover', CELL - 2, CELL - 2);
      g.clear().fillStyle(0x111111).fillCircle(CELL / 2, CELL / 2, CELL / 4);
      g.generateTexture('mine', CELL, CELL);
      g.destroy();
    },
    create() {
      const rng = new Phaser.Math.RandomDataGenerator(['r55-field']);
      this.grid = [];
      for (let y = 0; y < ROWS; y++) {
        this.grid.push([]);
        for (let x = 0; x < COLS; x++) {
          const px = LEFT + x * CELL + CELL / 2;
          const py = TOP + y * CELL + CELL / 2;
          this.add.rectangle(px, py, CELL - 2, CELL - 2, 0x37474f);
          const cover = this.add.image(px, py, 'cover').setInteractive();
          cover.on('pointerdown', () => this.events.emit('dig', x, y));
          this.grid[y].push({ mine: false, open: false, count: 0, cover });
        }
      }
      let placed = 0;
      while (placed < MINES) {
        const cell = this.grid[rng.between(0, ROWS - 1)][rng.between(0, COLS - 1)];
        if (!cell.mine) { cell.mine = true; placed++; }
      }
      this.grid.forEach((row, y) => row.forEach((cell, x) => {
        cell.count = neighbours(x, y).filter(([nx, ny]) => this.grid[ny][nx].mine).length;
      }));
      this.data.set({ opened: 0, over: false });
      this.status = this.add.text(LEFT, 28, 'Find the safe cells', { fontSize: '22px', color: '#ffffff' });

      this.events.on('dig', (x, y) => {
        if (this.data.get('over')) return;
        const cell = this.grid[y][x];
        if (cell.mine) {
          this.data.set('over', true);
          this.grid.forEach(row => row.forEach(m => {
            if (m.mine) { m.cover.setVisible(false); this.add.image(m.cover.x, m.cover.y, 'mine'); }
          }));
          this.status.setText('Boom!').setColor('#ff5252');
          return;
        }
        reveal(this, x, y);
        if (this.data.get('opened') === COLS * ROWS - MINES) {
          this.data.set('over', true);
          this.status.setText('Cleared!').setColor('#69f0ae');
        }
      });
    }
  }
});
