// Town planner: arrow keys scroll the map, click a plot to build a house on it
const CELL = 48;
const COLS = 30;
const ROWS = 20;
class Town extends Phaser.Scene {
  constructor() { super('town'); }
  create() {
    this.cameras.main.setBounds(0, 0, COLS * CELL, ROWS * CELL);
    const g = this.add.graphics().lineStyle(1, 0x2e7d32, 1);
    for (let c = 0; c <= COLS; c++) g.lineBetween(c * CELL, 0, c * CELL, ROWS * CELL);
    for (let r = 0; r <= ROWS; r++) g.lineBetween(0, r * CELL, COLS * CELL, r * CELL);
    this.built = new Set();
    this.keys = this.input.keyboard.createCursorKeys();
    this.input.on('pointerdown', (pointer) => {
      const { col, row } = this.plotAt(pointer);
      const key = col + ',' + row;
      if (this.built.has(key)) return;
      this.built.add(key);
      this.add.rectangle(col * CELL + CELL / 2, row * CELL + CELL / 2, CELL - 8, CELL - 8, 0xd84315);
    });
  }
  plotAt(pointer) {
    return { col: Math.floor(pointer.x / CELL), row: Math.floor(pointer.y / CELL) };
  }
  update() {
    const cam = this.cameras.main;
    if (this.keys.left.isDown) cam.scrollX -= 6;
    if (this.keys.right.isDown) cam.scrollX += 6;
    if (this.keys.up.isDown) cam.scrollY -= 6;
    if (this.keys.down.isDown) cam.scrollY += 6;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#a5d6a7', scene: Town });
