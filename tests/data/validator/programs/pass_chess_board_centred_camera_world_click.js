// Draughts board: the camera is centred on the 8x8 board; click a square to mark it
const SQ = 50;
class Board extends Phaser.Scene {
  constructor() { super('board'); }
  create() {
    for (let r = 0; r < 8; r++) for (let c = 0; c < 8; c++) this.add.rectangle(c * SQ + SQ / 2, r * SQ + SQ / 2, SQ, SQ, (r + c) % 2 ? 0x6d4c41 : 0xd7ccc8);
    this.mark = this.add.rectangle(-100, -100, SQ, SQ).setStrokeStyle(3, 0xff5252);
    this.cameras.main.centerOn(4 * SQ, 4 * SQ);
    this.input.on('pointerdown', this.pick, this);
  }
  pick(pointer) {
    const col = Math.floor(pointer.worldX / SQ), row = Math.floor(pointer.worldY / SQ);
    if (col < 0 || col > 7 || row < 0 || row > 7) return;
    this.mark.setPosition(col * SQ + SQ / 2, row * SQ + SQ / 2);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 500, scene: Board });
