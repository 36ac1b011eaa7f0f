// Click cells of a 40 x 25 grid to switch them on or off; the line under the grid counts the cells that are on.
const COLS = 40;
const ROWS = 25;
const SIZE = 20;
class Grid extends Phaser.Scene {
  constructor() { super('grid'); }
  preload() {}
  create() {
    this.on = new Array(COLS * ROWS).fill(false);
    this.board = this.add.graphics();
    this.hud = this.add.text(8, ROWS * SIZE + 12, 'On: 0', { fontSize: '16px', color: '#a0ffa0' });
    this.input.on('pointerdown', (pointer) => {
      const c = Math.floor(pointer.x / SIZE);
      const r = Math.floor(pointer.y / SIZE);
      if (c < 0 || c >= COLS || r < 0 || r >= ROWS) return;
      this.on[r * COLS + c] = !this.on[r * COLS + c];
      this.draw();
    });
    this.draw();
  }
  draw() {
    this.board.clear();
    for (let r = 0; r < ROWS; r++) {
      for (let c = 0; c < COLS; c++) {
        this.board.fillStyle(this.on[r * COLS + c] ? 0x66ff66 : 0x223322).fillRect(c * SIZE + 1, r * SIZE + 1, SIZE - 2, SIZE - 2);
      }
    }
    this.hud.setText('On: ' + this.on.filter(Boolean).length);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 540, backgroundColor: '#000000', scene: Grid });
