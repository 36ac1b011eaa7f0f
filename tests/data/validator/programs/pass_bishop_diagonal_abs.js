// Click a bishop's start square and then a target square: a move along either diagonal is allowed and drawn
const CELL = 60;
function diagonal(from, to) {
  const dr = to.r - from.r;
  const dc = to.c - from.c;
  if (dr === 0 || Math.abs(dr) !== Math.abs(dc)) return null;
  const steps = Math.abs(dr);
  const cells = [];
  for (let i = 0; i <= steps; i++) cells.push({ r: from.r + Math.sign(dr) * i, c: from.c + Math.sign(dc) * i });
  return cells;
}
class Board extends Phaser.Scene {
  create() {
    this.marks = this.add.graphics();
    this.from = null;
    this.input.on('pointerdown', (p) => {
      const cell = { r: Math.floor(p.y / CELL), c: Math.floor(p.x / CELL) };
      if (!this.from) { this.from = cell; return; }
      const path = diagonal(this.from, cell);
      this.marks.clear().fillStyle(0x44aa66, 0.6);
      if (path) path.forEach((q) => this.marks.fillRect(q.c * CELL, q.r * CELL, CELL, CELL));
      this.from = null;
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 480, height: 480, scene: Board });
