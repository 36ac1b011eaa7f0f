// 国际象棋棋盘：8x8 黑白相间的格子，点击格子高亮
const N = 8;
const S = 56;
class Board extends Phaser.Scene {
  constructor() { super('board'); }
  create() {
    this.cells = [];
    for (let row = 0; row < N; row++) {
      for (let col = 0; col < N; col++) {
        const index = row * N + col;
        const dark = index % 2 === 1;
        const cell = this.add.rectangle(100 + col * S, 40 + row * S, S, S, dark ? 0x795548 : 0xf5deb3).setOrigin(0).setInteractive();
        cell.on('pointerdown', () => cell.setStrokeStyle(4, 0xffeb3b));
        this.cells.push(cell);
      }
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 540, scene: Board });
