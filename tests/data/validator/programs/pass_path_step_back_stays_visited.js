// Path-drawing puzzle: press on the green start cell and drag through orthogonally adjacent cells to draw a line; dragging back onto the previous cell erases the last step; the puzzle is solved when the line ends on the red goal after covering every open cell once.
const CELL = 80;
const OX = 60;
const OY = 100;
const PUZZLE = ['S....', '##...', '.....', '.#...', 'G#...'];

class PathPuzzle extends Phaser.Scene {
  constructor() {
    super('PathPuzzle');
  }

  create() {
    this.open = 0;
    this.drawing = false;
    this.solved = false;
    PUZZLE.forEach((row, r) => [...row].forEach((ch, c) => {
      const x = OX + c * CELL + CELL / 2;
      const y = OY + r * CELL + CELL / 2;
      if (ch === '#') {
        this.add.rectangle(x, y, CELL - 4, CELL - 4, 0x22252b);
        return;
      }
      this.open += 1;
      const colour = ch === 'S' ? 0x2e7d32 : ch === 'G' ? 0xb71c1c : 0x3c4350;
      this.add.rectangle(x, y, CELL - 4, CELL - 4, colour);
      if (ch === 'S') this.start = { c, r };
      if (ch === 'G') this.goal = { c, r };
    }));
    this.line = this.add.graphics();
    this.status = this.add.text(OX, 40, 'Cover every cell, finish on red', { fontSize: '22px', color: '#ffffff' });
    this.resetPath();

    this.input.on('pointerdown', pointer => {
      const cell = this.cellAt(pointer);
      if (!cell || this.solved) return;
      const tail = this.path[this.path.length - 1];
      if (cell.c === this.start.c && cell.r === this.start.r) this.resetPath();
      else if (cell.c !== tail.c || cell.r !== tail.r) return;
      this.drawing = true;
    });
    this.input.on('pointerup', () => { this.drawing = false; });
    this.input.on('pointermove', pointer => {
      if (!this.drawing || this.solved) return;
      const cell = this.cellAt(pointer);
      if (cell) this.extend(cell);
    });
  }

  key(c, r) {
    return `${c},${r}`;
  }

  cellAt(pointer) {
    const c = Math.floor((pointer.x - OX) / CELL);
    const r = Math.floor((pointer.y - OY) / CELL);
    if (r < 0 || c < 0 || r >= PUZZLE.length || c >= PUZZLE[0].length || PUZZLE[r][c] === '#') return null;
    return { c, r };
  }

  resetPath() {
    this.path = [{ ...this.start }];
    this.visited = new Set([this.key(this.start.c, this.start.r)]);
    this.redraw();
  }

  extend(cell) {
    const tail = this.path[this.path.length - 1];
    if (cell.c === tail.c && cell.r === tail.r) return;
    const prev = this.path[this.path.length - 2];
    if (prev && prev.c === cell.c && prev.r === cell.r) {
      this.path.pop();
      this.visited.delete(this.key(tail.c, tail.r));
      this.redraw();
      return;
    }
    const adjacent = Math.abs(cell.c - tail.c) + Math.abs(cell.r - tail.r) === 1;
    if (!adjacent || this.visited.has(this.key(cell.c, cell.r))) return;
    if (tail.c === this.goal.c && tail.r === this.goal.r) return;
    this.path.push(cell);
    this.visited.add(this.key(cell.c, cell.r));
    this.redraw();
    if (this.path.length === this.open && cell.c === this.goal.c && cell.r === this.goal.r) {
      this.solved = true;
      this.drawing = false;
      this.status.setText('Solved! Every cell covered.');
      this.cameras.main.flash(300, 255, 255, 255);
    }
  }

  redraw() {
    const pts = this.path.map(p => new Phaser.Math.Vector2(OX + p.c * CELL + CELL / 2, OY + p.r * CELL + CELL / 2));
    this.line.clear();
    this.line.lineStyle(18, 0xffca28, 1);
    if (pts.length > 1) this.line.strokePoints(pts);
    this.line.fillStyle(0xffca28, 1);
    pts.forEach(p => this.line.fillCircle(p.x, p.y, 9));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: OX * 2 + CELL * 5,
  height: OY + CELL * 5 + 40,
  backgroundColor: '#14161a',
  scene: PathPuzzle
});
