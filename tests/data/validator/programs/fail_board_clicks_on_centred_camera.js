// Colouring grid: the board is centred by moving the camera; click a cell to paint it
const SIZE = 12, CELL = 36, MARGIN = 60;
class PaintScene extends Phaser.Scene {
  constructor() { super('paint'); }
  create() {
    this.cells = [];
    for (let r = 0; r < SIZE; r++) {
      for (let c = 0; c < SIZE; c++) {
        this.cells.push(this.add.rectangle(c * CELL + CELL / 2, r * CELL + CELL / 2, CELL - 2, CELL - 2, 0xeeeeee));
      }
    }
    this.cameras.main.centerOn(SIZE * CELL / 2 - MARGIN, SIZE * CELL / 2 - MARGIN / 2);
    this.input.on('pointerdown', (pointer) => {
      const c = Math.floor(pointer.x / CELL);
      const r = Math.floor(pointer.y / CELL);
      if (c < 0 || r < 0 || c >= SIZE || r >= SIZE) return;
      this.cells[r * SIZE + c].setFillStyle(0xff7043);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#37474f', scene: PaintScene });
