// Twenty blue squares laid out in a 5-wide grid of 70 px cells starting at (200, 120) with Phaser.Actions.GridAlign.
class GridScene extends Phaser.Scene {
  constructor() { super('grid'); }
  preload() {}
  create() {
    const squares = [];
    for (let i = 0; i < 20; i++) squares.push(this.add.rectangle(0, 0, 60, 60, 0x1e88e5));
    Phaser.Actions.GridAlign(squares, { width: 5, height: 4, cellWidth: 70, cellHeight: 70, x: 200, y: 120 });
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#102027', scene: GridScene });
