// 4x4 sudoku: click a cell and press 1-4 to write a digit, Backspace clears it; the grey given digits can never be changed, but digits you typed can be overwritten or cleared at any time. Digits that repeat in a row, column or 2x2 box turn red, and "Solved!" appears when all 16 cells are filled with no repeats.
const CELL = 90, ORIGIN_X = 220, ORIGIN_Y = 120;
const PUZZLES = [
  [[1, 0, 0, 4], [0, 4, 1, 0], [0, 1, 0, 0], [4, 0, 0, 1]],
  [[0, 3, 0, 0], [4, 0, 0, 3], [3, 0, 0, 2], [0, 0, 3, 0]]
];

class MiniSudoku extends Phaser.Scene {
  constructor() { super({ key: 'MiniSudoku' }); }

  create() {
    this.givens = Phaser.Utils.Array.GetRandom(PUZZLES);
    this.grid = this.givens.map(row => row.slice());
    this.selected = null;
    this.board = this.add.container(ORIGIN_X, ORIGIN_Y);
    this.rects = [];
    this.texts = [];
    for (let r = 0; r < 4; r++) {
      this.rects.push([]);
      this.texts.push([]);
      for (let c = 0; c < 4; c++) {
        const rect = this.add.rectangle(c * CELL + CELL / 2, r * CELL + CELL / 2, CELL - 4, CELL - 4, 0xf8f9fa)
          .setInteractive({ useHandCursor: true });
        rect.on('pointerdown', () => this.select(r, c));
        const txt = this.add.text(rect.x, rect.y, '', { fontFamily: 'Arial', fontSize: '44px', color: '#212529' }).setOrigin(0.5);
        this.board.add([rect, txt]);
        this.rects[r].push(rect);
        this.texts[r].push(txt);
      }
    }
    const lines = this.add.graphics();
    lines.lineStyle(6, 0x212529, 1);
    lines.strokeRect(0, 0, CELL * 4, CELL * 4);
    lines.lineBetween(CELL * 2, 0, CELL * 2, CELL * 4);
    lines.lineBetween(0, CELL * 2, CELL * 4, CELL * 2);
    this.board.add(lines);
    this.status = this.add.text(400, 520, 'Click a cell, then type 1-4', { fontSize: '26px', color: '#e9ecef' }).setOrigin(0.5);
    this.input.keyboard.on('keydown', (event) => this.onKey(event));
    this.refresh();
  }

  select(r, c) {
    this.selected = { r, c };
    this.refresh();
  }

  onKey(event) {
    if (!this.selected || this.solved) return;
    const { r, c } = this.selected;
    if (this.grid[r][c] !== 0) return;
    if (event.key >= '1' && event.key <= '4') {
      this.grid[r][c] = Number(event.key);
    } else if (event.key === 'Backspace' || event.key === 'Delete') {
      this.grid[r][c] = 0;
    } else {
      return;
    }
    this.refresh();
  }

  conflicts(r, c) {
    const v = this.grid[r][c];
    if (!v) return false;
    for (let i = 0; i < 4; i++) {
      if (i !== c && this.grid[r][i] === v) return true;
      if (i !== r && this.grid[i][c] === v) return true;
    }
    const br = r - (r % 2), bc = c - (c % 2);
    for (let rr = br; rr < br + 2; rr++) {
      for (let cc = bc; cc < bc + 2; cc++) {
        if ((rr !== r || cc !== c) && this.grid[rr][cc] === v) return true;
      }
    }
    return false;
  }

  refresh() {
    let filled = 0, bad = 0;
    for (let r = 0; r < 4; r++) {
      for (let c = 0; c < 4; c++) {
        const v = this.grid[r][c];
        const isSel = this.selected && this.selected.r === r && this.selected.c === c;
        this.rects[r][c].setFillStyle(isSel ? 0xffe066 : (this.givens[r][c] ? 0xdee2e6 : 0xf8f9fa));
        const clash = this.conflicts(r, c);
        this.texts[r][c].setText(v ? String(v) : '')
          .setColor(clash ? '#e03131' : (this.givens[r][c] ? '#495057' : '#1c7ed6'));
        if (v) filled++;
        if (clash) bad++;
      }
    }
    if (filled === 16 && bad === 0) {
      this.solved = true;
      this.status.setText('Solved!').setColor('#69db7c');
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#343a40',
  scene: MiniSudoku
};

new Phaser.Game(config);
