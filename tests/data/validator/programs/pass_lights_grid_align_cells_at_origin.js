// Lights out on a 5 x 5 grid: click a light to toggle it and its neighbours; the cells are laid out by GridAlign
const N = 5;
class Lights extends Phaser.Scene {
  constructor() { super('lights'); }
  create() {
    this.moves = 0;
    this.info = this.add.text(10, 10, 'Moves: 0', { fontSize: '20px', color: '#ffffff' });
    this.cells = this.add.group();
    for (let i = 0; i < N * N; i++) {
      const cell = this.add.rectangle(0, 0, 76, 76, 0x263238);
      cell.setData({ r: Math.floor(i / N), c: i % N, on: i % 3 === 0 });
      cell.setInteractive();
      cell.on('pointerdown', () => this.press(cell));
      this.cells.add(cell);
    }
    Phaser.Actions.GridAlign(this.cells.getChildren(), { width: N, height: N, cellWidth: 80, cellHeight: 80, x: 100, y: 40 });
    this.paint();
  }
  press(cell) {
    const { r, c } = cell.data.values;
    for (const other of this.cells.getChildren()) {
      const d = Math.abs(other.getData('r') - r) + Math.abs(other.getData('c') - c);
      if (d <= 1) other.setData('on', !other.getData('on'));
    }
    this.info.setText('Moves: ' + (++this.moves));
    this.paint();
  }
  paint() { this.cells.getChildren().forEach((c) => c.setFillStyle(c.getData('on') ? 0xffeb3b : 0x263238)); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 480, scene: Lights });
