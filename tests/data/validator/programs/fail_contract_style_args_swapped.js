// The outline's colour and width are swapped (lineStyle(0xffffff, 3)): Phaser strokes 16,777,215 pixels wide in
// near-black, which blacks out the whole picture.
class BoardScene extends Phaser.Scene {
  constructor() { super('board'); }
  preload() {}
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x90be6d, 1);
    g.fillRect(100, 100, 600, 400);
    g.lineStyle(0xffffff, 3);
    g.strokeRect(100, 100, 600, 400);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#277da1', scene: BoardScene });
