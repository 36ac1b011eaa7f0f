// Times-table square: a 10x10 grid with row and column headers 1 to 10; one random empty cell is highlighted and the player types its product (row x column) with the number keys and presses Enter; a right answer fills the cell in green and highlights a new random empty cell, a wrong one flashes the cell red; Backspace deletes a digit; when all 100 cells are filled, "Complete!" and the time taken are shown.
const NUMS = Phaser.Utils.Array.NumberArrayStep(1, 11);
const CELL = 44;
const LEFT = 400 - ((NUMS.length + 1) * CELL) / 2;
const TOP = 70;

const gridScene = {
  key: 'grid',

  create() {
    this.cells = [];
    this.elapsed = 0;
    this.done = false;
    this.typed = '';

    this.add.text(400, 30, 'Times-table square', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.info = this.add.text(400, 575, 'Type the product, Enter to check, Backspace to delete', {
      fontSize: '18px', color: '#c8d6e5'
    }).setOrigin(0.5);

    NUMS.forEach((n, i) => {
      const hx = LEFT + (i + 1) * CELL + CELL / 2;
      const hy = TOP + (i + 1) * CELL + CELL / 2;
      this.add.rectangle(hx, TOP + CELL / 2, CELL - 2, CELL - 2, 0x3d5a80);
      this.add.text(hx, TOP + CELL / 2, String(n), { fontSize: '20px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
      this.add.rectangle(LEFT + CELL / 2, hy, CELL - 2, CELL - 2, 0x3d5a80);
      this.add.text(LEFT + CELL / 2, hy, String(n), { fontSize: '20px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    });
    this.add.text(LEFT + CELL / 2, TOP + CELL / 2, 'x', { fontSize: '22px', color: '#ee6c4d' }).setOrigin(0.5);

    NUMS.forEach((row, r) => {
      NUMS.forEach((col, c) => {
        const x = LEFT + (c + 1) * CELL + CELL / 2;
        const y = TOP + (r + 1) * CELL + CELL / 2;
        const rect = this.add.rectangle(x, y, CELL - 2, CELL - 2, 0x293241);
        const label = this.add.text(x, y, '', { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5);
        this.cells.push({ row, col, rect, label, filled: false });
      });
    });

    this.cursor = this.add.rectangle(0, 0, CELL - 2, CELL - 2).setStrokeStyle(3, 0xffd166).setDepth(5);
    this.pickCell();

    this.input.keyboard.on('keydown', (event) => {
      if (this.done) return;
      if (/^[0-9]$/.test(event.key) && this.typed.length < 3) {
        this.typed += event.key;
      } else if (event.key === 'Backspace') {
        this.typed = this.typed.slice(0, -1);
      } else if (event.key === 'Enter' && this.typed.length > 0) {
        this.check();
        return;
      }
      this.current.label.setText(this.typed);
    });
  },

  update(time, delta) {
    if (!this.done) this.elapsed += delta;
  },

  extend: {
    pickCell() {
      const empty = this.cells.filter((cell) => !cell.filled);
      if (empty.length === 0) {
        this.done = true;
        this.cursor.setVisible(false);
        this.add.rectangle(400, 300, 420, 150, 0x000000, 0.8).setDepth(10);
        this.add.text(400, 300, 'Complete!\nTime: ' + (this.elapsed / 1000).toFixed(1) + ' s', {
          fontSize: '34px', color: '#ffd166', align: 'center'
        }).setOrigin(0.5).setDepth(11);
        return;
      }
      this.current = Phaser.Utils.Array.GetRandom(empty);
      this.typed = '';
      this.cursor.setPosition(this.current.rect.x, this.current.rect.y);
      this.current.rect.setFillStyle(0x4a4e69);
    },

    check() {
      const cell = this.current;
      if (Number(this.typed) === cell.row * cell.col) {
        cell.filled = true;
        cell.rect.setFillStyle(0x2a9d8f);
        cell.label.setText(String(cell.row * cell.col));
        this.pickCell();
      } else {
        this.typed = '';
        cell.label.setText('');
        cell.rect.setFillStyle(0xd62828);
        this.time.delayedCall(300, () => {
          if (!cell.filled) cell.rect.setFillStyle(0x4a4e69);
        });
      }
    }
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b1f2a',
  scene: gridScene
};

new Phaser.Game(config);
