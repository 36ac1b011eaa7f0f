// Minesweeper 9x9 with 10 mines: left-click reveals, right-click toggles a flag, the first click is never a mine and a 0 opens its 8 neighbours. A timer counts seconds from the first click and stops on a win or a mine; R starts a new board whose timer starts again from 0 at its first click.
const COLS = 9, ROWS = 9, MINES = 10, CELL = 44, OX = 202, OY = 110;
const NUM_COLORS = ['#ffffff', '#4dabf7', '#69db7c', '#ff6b6b', '#9775fa', '#e8590c', '#22b8cf', '#343a40', '#868e96'];

class Mines extends Phaser.Scene {
  constructor() { super('Mines'); }

  create() {
    this.input.mouse.disableContextMenu();
    this.cells = [];
    for (let r = 0; r < ROWS; r++) {
      const row = [];
      for (let c = 0; c < COLS; c++) {
        const x = OX + c * CELL + CELL / 2, y = OY + r * CELL + CELL / 2;
        const rect = this.add.rectangle(x, y, CELL - 3, CELL - 3, 0x6b7b8c).setInteractive();
        const label = this.add.text(x, y, '', { fontSize: '22px', fontStyle: 'bold', color: '#fff' }).setOrigin(0.5);
        const cell = { r, c, rect, label, mine: false, open: false, flag: false, n: 0 };
        rect.on('pointerdown', (pointer) => this.press(cell, pointer));
        row.push(cell);
      }
      this.cells.push(row);
    }
    this.timeText = this.add.text(OX, 60, '', { fontSize: '24px', color: '#ffffff' });
    this.flagText = this.add.text(OX + COLS * CELL, 60, '', { fontSize: '24px', color: '#ffffff' }).setOrigin(1, 0);
    this.msg = this.add.text(400, 540, '', { fontSize: '26px', color: '#ffe066' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-R', () => this.newBoard());
    this.newBoard();
  }

  newBoard() {
    this.stopClock();
    this.seconds = 0;
    this.flags = 0;
    this.opened = 0;
    this.placed = false;
    this.over = false;
    this.eachCell(cell => {
      cell.mine = cell.open = cell.flag = false;
      cell.n = 0;
      cell.rect.setFillStyle(0x6b7b8c);
      cell.label.setText('');
    });
    this.msg.setText('');
    this.refreshHud();
  }

  startClock() {
    if (this.clock) return;
    this.clock = this.time.addEvent({
      delay: 1000, loop: true,
      callback: () => { this.seconds++; this.refreshHud(); }
    });
  }

  stopClock() {
    if (this.clock) this.clock.remove();
  }

  eachCell(fn) { this.cells.forEach(row => row.forEach(fn)); }

  neighbours(cell) {
    const out = [];
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        const r = cell.r + dr, c = cell.c + dc;
        if ((dr || dc) && r >= 0 && r < ROWS && c >= 0 && c < COLS) out.push(this.cells[r][c]);
      }
    }
    return out;
  }

  placeMines(safe) {
    let left = MINES;
    while (left > 0) {
      const cell = this.cells[Phaser.Math.Between(0, ROWS - 1)][Phaser.Math.Between(0, COLS - 1)];
      if (cell.mine || cell === safe) continue;
      cell.mine = true;
      left--;
    }
    this.eachCell(cell => { cell.n = this.neighbours(cell).filter(o => o.mine).length; });
    this.placed = true;
  }

  press(cell, pointer) {
    if (this.over || cell.open) return;
    if (pointer.rightButtonDown()) {
      cell.flag = !cell.flag;
      this.flags += cell.flag ? 1 : -1;
      cell.label.setText(cell.flag ? 'F' : '').setColor('#ff8787');
      this.refreshHud();
      return;
    }
    if (cell.flag) return;
    if (!this.placed) this.placeMines(cell);
    this.startClock();
    if (cell.mine) {
      this.eachCell(o => { if (o.mine) { o.rect.setFillStyle(0xc92a2a); o.label.setText('*').setColor('#ffffff'); } });
      this.finish('Boom! Press R for a new board');
      return;
    }
    this.open(cell);
    if (this.opened === ROWS * COLS - MINES) this.finish('Cleared in ' + this.seconds + ' s! Press R');
  }

  open(start) {
    const queue = [start];
    while (queue.length) {
      const cell = queue.shift();
      if (cell.open || cell.flag) continue;
      cell.open = true;
      this.opened++;
      cell.rect.setFillStyle(0xdee2e6);
      cell.label.setText(cell.n ? String(cell.n) : '').setColor(NUM_COLORS[cell.n]);
      if (cell.n === 0) queue.push(...this.neighbours(cell).filter(o => !o.open));
    }
  }

  finish(text) {
    this.over = true;
    this.stopClock();
    this.msg.setText(text);
  }

  refreshHud() {
    this.timeText.setText('Time: ' + this.seconds);
    this.flagText.setText('Mines: ' + (MINES - this.flags));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1c2530',
  scene: [Mines]
};

new Phaser.Game(config);
