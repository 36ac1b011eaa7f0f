// Symmetry quilt: a 12x12 grid of cells; click or drag to paint cells with the selected colour (keys 1-5 pick from a 5-colour palette, also clickable swatches); with mirror mode on (M toggles it, it starts on) every painted cell is also painted at its mirror images across the grid's vertical and horizontal centre lines, so the quilt stays symmetric in both directions; C clears the grid.
const GRID = 12;
const CELL = 40;
const OX = 120;
const OY = 70;
const BLANK = 0xf1faee;
const PALETTE = [0xe63946, 0xf4a261, 0x2a9d8f, 0x264653, 0xe9c46a];

class QuiltScene extends Phaser.Scene {
  constructor() {
    super('Quilt');
  }

  create() {
    this.cameras.main.setBackgroundColor('#1d2230');
    this.colour = 0;
    this.mirror = true;
    this.painting = false;

    this.add.rectangle(OX - 6, OY - 6, GRID * CELL + 12, GRID * CELL + 12, 0x3a4256).setOrigin(0);
    this.cells = [];
    for (let r = 0; r < GRID; r++) {
      for (let c = 0; c < GRID; c++) {
        const cell = this.add.rectangle(OX + c * CELL + CELL / 2, OY + r * CELL + CELL / 2, CELL - 2, CELL - 2, BLANK);
        this.cells.push(cell);
      }
    }

    this.guides = this.add.graphics();
    this.guides.lineStyle(2, 0x8ab4f8, 0.7);
    const mid = GRID * CELL / 2;
    this.guides.lineBetween(OX + mid, OY - 6, OX + mid, OY + GRID * CELL + 6);
    this.guides.lineBetween(OX - 6, OY + mid, OX + GRID * CELL + 6, OY + mid);

    this.add.text(OX, 20, 'Symmetry Quilt', { fontSize: '28px', color: '#ffffff', fontStyle: 'bold' });
    this.hud = this.add.text(OX, OY + GRID * CELL + 16, '', { fontSize: '18px', color: '#d8dee9' });

    this.swatches = PALETTE.map((col, i) => {
      const sw = this.add.rectangle(680, 110 + i * 70, 56, 56, col).setStrokeStyle(3, 0x000000);
      sw.setInteractive({ useHandCursor: true });
      sw.on('pointerdown', () => this.pick(i));
      this.add.text(716, 100 + i * 70, String(i + 1), { fontSize: '18px', color: '#ffffff' });
      return sw;
    });

    this.input.on('pointerdown', (p) => {
      this.painting = this.paintAt(p);
    });
    this.input.on('pointermove', (p) => {
      if (this.painting && p.isDown) this.paintAt(p);
    });
    this.input.on('pointerup', () => {
      this.painting = false;
    });

    this.input.keyboard.on('keydown', (e) => {
      const n = Number(e.key);
      if (n >= 1 && n <= PALETTE.length) this.pick(n - 1);
    });
    this.input.keyboard.on('keydown-M', () => {
      this.mirror = !this.mirror;
      this.guides.setVisible(this.mirror);
      this.refreshHud();
    });
    this.input.keyboard.on('keydown-C', () => {
      this.cells.forEach((cell) => cell.setFillStyle(BLANK));
    });

    this.pick(0);
  }

  pick(i) {
    this.colour = i;
    this.swatches.forEach((sw, j) => sw.setStrokeStyle(j === i ? 5 : 3, j === i ? 0xffffff : 0x000000));
    this.refreshHud();
  }

  refreshHud() {
    this.hud.setText(`Colour ${this.colour + 1}   Mirror: ${this.mirror ? 'ON' : 'OFF'} (M)   C: clear`);
  }

  paintAt(p) {
    const c = Math.floor((p.x - OX) / CELL);
    const r = Math.floor((p.y - OY) / CELL);
    if (c < 0 || c >= GRID || r < 0 || r >= GRID) return false;
    this.setCell(c, r);
    if (this.mirror) {
      const mc = GRID - c;
      const mr = GRID - r;
      this.setCell(mc, r);
      this.setCell(c, mr);
      this.setCell(mc, mr);
    }
    return true;
  }

  setCell(c, r) {
    if (c < 0 || c >= GRID || r < 0 || r >= GRID) return;
    this.cells[r * GRID + c].setFillStyle(PALETTE[this.colour]);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d2230',
  scene: QuiltScene,
};

new Phaser.Game(config);
