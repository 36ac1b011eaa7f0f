// Sudoku: click a cell (or move with the arrow keys) and type 1-9 to fill the empty cells, Backspace clears; digits that clash with their row, column or 3×3 box turn red, and a full grid with no clashes shows "Solved!".
const PUZZLE = [
  '530070000', '600195000', '098000060',
  '800060003', '400803001', '700020006',
  '060000280', '000419005', '000080079'
];
const CELL = 54;
const X0 = 40;
const Y0 = 50;

class SudokuScene extends Phaser.Scene {
  constructor() {
    super('Sudoku');
  }

  create() {
    this.values = PUZZLE.map(row => [...row].map(Number));
    this.given = this.values.map(row => row.map(v => v !== 0));
    this.sel = { r: 0, c: 2 };
    this.solved = false;

    this.highlight = this.add.rectangle(0, 0, CELL, CELL, 0xffe066, 0.45).setOrigin(0);
    this.texts = this.values.map((row, r) => row.map((v, c) => this.add.text(
      X0 + c * CELL + CELL / 2, Y0 + r * CELL + CELL / 2, '',
      { fontFamily: 'Arial', fontSize: '30px', color: '#1d3557', fontStyle: this.given[r][c] ? 'bold' : 'normal' }
    ).setOrigin(0.5)));

    const g = this.add.graphics();
    for (let i = 0; i <= 9; i++) {
      g.lineStyle(i % 3 === 0 ? 4 : 1, 0x1d3557);
      g.lineBetween(X0 + i * CELL, Y0, X0 + i * CELL, Y0 + 9 * CELL);
      g.lineBetween(X0, Y0 + i * CELL, X0 + 9 * CELL, Y0 + i * CELL);
    }
    this.status = this.add.text(560, 80, 'Fill the grid', { fontSize: '26px', color: '#1d3557', wordWrap: { width: 220 } });
    this.add.text(560, 150, 'Click a cell or use\nthe arrow keys.\nType 1-9, Backspace\nto clear.', { fontSize: '18px', color: '#457b9d' });

    this.input.on('pointerdown', pointer => {
      const c = Math.floor((pointer.x - X0) / CELL);
      const r = Math.floor((pointer.y - Y0) / CELL);
      if (r >= 0 && r < 9 && c >= 0 && c < 9) this.select(r, c);
    });
    this.input.keyboard.on('keydown', event => this.onKey(event.key));
    this.select(this.sel.r, this.sel.c);
    this.redraw();
  }

  select(r, c) {
    this.sel = { r: Phaser.Math.Wrap(r, 0, 9), c: Phaser.Math.Wrap(c, 0, 9) };
    this.highlight.setPosition(X0 + this.sel.c * CELL, Y0 + this.sel.r * CELL);
  }

  onKey(key) {
    const { r, c } = this.sel;
    const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (moves[key]) return this.select(r + moves[key][0], c + moves[key][1]);
    if (this.solved || this.given[r][c]) return;
    if (/^[1-9]$/.test(key)) this.values[r][c] = Number(key);
    else if (key === 'Backspace' || key === 'Delete' || key === '0') this.values[r][c] = 0;
    else return;
    this.redraw();
  }

  clashes(r, c) {
    const v = this.values[r][c];
    if (!v) return false;
    for (let i = 0; i < 9; i++) {
      if (i !== c && this.values[r][i] === v) return true;
      if (i !== r && this.values[i][c] === v) return true;
    }
    const br = Math.floor(r / 3) * 3;
    const bc = Math.floor(c / 3) * 3;
    for (let y = br; y < br + 3; y++) {
      for (let x = bc; x < bc + 3; x++) {
        if ((y !== r || x !== c) && this.values[y][x] === v) return true;
      }
    }
    return false;
  }

  redraw() {
    let filled = 0;
    let clashing = 0;
    this.values.forEach((row, r) => row.forEach((v, c) => {
      const bad = this.clashes(r, c);
      if (v) filled++;
      if (bad) clashing++;
      this.texts[r][c].setText(v ? String(v) : '').setColor(bad ? '#e63946' : this.given[r][c] ? '#1d3557' : '#2a9d8f');
    }));
    this.solved = filled === 81 && clashing === 0;
    this.status.setText(this.solved ? 'Solved!' : `${81 - filled} cells left`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#f1faee',
  scene: SudokuScene
});
