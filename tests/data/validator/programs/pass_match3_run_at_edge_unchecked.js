// Match-3: click a gem and then a neighbouring gem to swap them; lines of 3+ equal gems clear for points, gems above fall, new gems drop in and cascades keep scoring, and swaps that match nothing swap back.
const SIZE = 8, TILE = 56, OX = 24, OY = 72;
const COLORS = [0xef4444, 0x22c55e, 0x3b82f6, 0xfacc15, 0xa855f7, 0xf97316];

function cellPos(r, c) { return { x: OX + c * TILE + TILE / 2, y: OY + r * TILE + TILE / 2 }; }

function scanLine(cells, out) {
  let run = 1;
  for (let i = 1; i < cells.length; i++) {
    if (cells[i].v !== null && cells[i].v === cells[i - 1].v) { run++; continue; }
    if (run >= 3) for (let k = i - run; k < i; k++) out.add(cells[k].r * SIZE + cells[k].c);
    run = 1;
  }
  if (run >= 3) for (let k = cells.length - run; k < cells.length; k++) out.add(cells[k].r * SIZE + cells[k].c);
}

function findMatches(grid) {
  const out = new Set();
  for (let i = 0; i < SIZE; i++) {
    scanLine(grid[i].map((v, c) => ({ r: i, c, v })), out);
    scanLine(grid.map((row, r) => ({ r, c: i, v: row[i] })), out);
  }
  return out;
}

function moveSprite(scene, sprite, r, c, duration, done) {
  scene.tweens.add({ targets: sprite, ...cellPos(r, c), duration, onComplete: done });
}

function swapCells(scene, a, b, done) {
  const g = scene.grid, s = scene.sprites;
  [g[a.r][a.c], g[b.r][b.c]] = [g[b.r][b.c], g[a.r][a.c]];
  [s[a.r][a.c], s[b.r][b.c]] = [s[b.r][b.c], s[a.r][a.c]];
  moveSprite(scene, s[a.r][a.c], a.r, a.c, 150);
  moveSprite(scene, s[b.r][b.c], b.r, b.c, 150, done);
}

function trySwap(scene, a, b) {
  scene.busy = true;
  swapCells(scene, a, b, () => {
    if (findMatches(scene.grid).size === 0) swapCells(scene, a, b, () => { scene.busy = false; });
    else { scene.chain = 0; resolveBoard(scene); }
  });
}

function resolveBoard(scene) {
  const matches = findMatches(scene.grid);
  if (matches.size === 0) { scene.busy = false; return; }
  scene.chain++;
  scene.score += matches.size * 10 * scene.chain;
  scene.scoreText.setText(`Score: ${scene.score}   Chain x${scene.chain}`);
  matches.forEach(key => {
    const r = Math.floor(key / SIZE), c = key % SIZE, spr = scene.sprites[r][c];
    scene.grid[r][c] = null; scene.sprites[r][c] = null;
    scene.tweens.add({ targets: spr, scale: 0, duration: 150, onComplete: () => spr.destroy() });
  });
  scene.time.delayedCall(180, () => { collapse(scene); scene.time.delayedCall(260, () => resolveBoard(scene)); });
}

function collapse(scene) {
  const g = scene.grid, s = scene.sprites;
  for (let c = 0; c < SIZE; c++) {
    let write = SIZE - 1;
    for (let r = SIZE - 1; r >= 0; r--) {
      if (g[r][c] === null) continue;
      if (r !== write) { g[write][c] = g[r][c]; s[write][c] = s[r][c]; g[r][c] = null; s[r][c] = null; moveSprite(scene, s[write][c], write, c, 200); }
      write--;
    }
    for (let r = write; r >= 0; r--) {
      const v = Phaser.Math.Between(0, COLORS.length - 1);
      g[r][c] = v;
      s[r][c] = scene.add.image(cellPos(r, c).x, OY - (write - r + 1) * TILE, 'gem' + v);
      moveSprite(scene, s[r][c], r, c, 200);
    }
  }
}

function onPointer(scene, pointer) {
  if (scene.busy) return;
  const c = Math.floor((pointer.x - OX) / TILE), r = Math.floor((pointer.y - OY) / TILE);
  if (r < 0 || r >= SIZE || c < 0 || c >= SIZE) return;
  const sel = scene.selected;
  if (sel && Math.abs(sel.r - r) + Math.abs(sel.c - c) === 1) {
    scene.selected = null; scene.marker.setVisible(false);
    trySwap(scene, sel, { r, c });
    return;
  }
  scene.selected = { r, c };
  scene.marker.setPosition(cellPos(r, c).x, cellPos(r, c).y).setVisible(true);
}

new Phaser.Game({
  type: Phaser.AUTO, width: 496, height: 544, backgroundColor: '#1e1b2e',
  scene: {
    create() {
      COLORS.forEach((col, i) => {
        const g = this.make.graphics({ x: 0, y: 0 }, false);
        g.fillStyle(col).fillRoundedRect(0, 0, TILE - 8, TILE - 8, 10);
        g.fillStyle(0xffffff, 0.35).fillCircle(14, 14, 7);
        g.generateTexture('gem' + i, TILE - 8, TILE - 8);
        g.destroy();
      });
      Object.assign(this, { score: 0, chain: 0, busy: false, selected: null, grid: [], sprites: [] });
      for (let r = 0; r < SIZE; r++) {
        this.grid.push([]); this.sprites.push([]);
        for (let c = 0; c < SIZE; c++) {
          let v;
          do { v = Phaser.Math.Between(0, COLORS.length - 1); } while (
            (c >= 2 && this.grid[r][c - 1] === v && this.grid[r][c - 2] === v) ||
            (r >= 2 && this.grid[r - 1][c] === v && this.grid[r - 2][c] === v));
          this.grid[r][c] = v;
          this.sprites[r][c] = this.add.image(cellPos(r, c).x, cellPos(r, c).y, 'gem' + v);
        }
      }
      this.marker = this.add.rectangle(0, 0, TILE - 2, TILE - 2).setStrokeStyle(3, 0xffffff).setVisible(false);
      this.scoreText = this.add.text(OX, 24, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
      this.input.on('pointerdown', pointer => onPointer(this, pointer));
    }
  }
});
