// A 6x6 sketch board in a Container at (220, 120): the click is taken into the container.s space first
const SIDE = 6;
const CELL = 50;

class Sketch extends Phaser.Scene {
  constructor() { super('sketch'); }
  preload() {}
  create() {
    this.board = this.add.container(220, 120);
    this.cells = [];
    for (let r = 0; r < SIDE; r++) {
      for (let c = 0; c < SIDE; c++) {
        const cell = this.add.rectangle(c * CELL, r * CELL, CELL - 2, CELL - 2, 0xeeeeee).setOrigin(0);
        this.board.add(cell);
        this.cells.push(cell);
      }
    }
    this.painted = this.add.text(20, 20, 'Painted: 0', { fontSize: '20px', color: '#ffffff' });
    this.count = 0;
    this.input.on('pointerdown', (pointer) => {
      const col = Math.floor((pointer.x - this.board.x) / CELL);
      const row = Math.floor((pointer.y - this.board.y) / CELL);
      if (col < 0 || row < 0 || col >= SIDE || row >= SIDE) return;
      this.cells[row * SIDE + col].setFillStyle(0x3366cc);
      this.count++;
      this.painted.setText('Painted: ' + this.count);
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 700, height: 500, backgroundColor: '#202020', scene: Sketch });
