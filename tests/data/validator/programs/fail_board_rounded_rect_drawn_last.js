// A 4x4 number puzzle: sixteen cream tiles numbered 1-16 sit on a rounded brown board in the middle of the screen.
class BoardScene extends Phaser.Scene {
  constructor() { super('board'); }
  preload() {}
  create() {
    this.makeTiles();
    this.makeBoard();
  }
  makeTiles() {
    for (let i = 0; i < 16; i++) {
      const x = 250 + (i % 4) * 100;
      const y = 150 + Math.floor(i / 4) * 100;
      this.add.rectangle(x, y, 90, 90, 0xfff3d6);
      this.add.text(x, y, String(i + 1), { fontSize: '32px', color: '#5d4037' }).setOrigin(0.5);
    }
  }
  makeBoard() {
    const g = this.add.graphics();
    g.fillStyle(0x8d6e63, 1);
    g.fillRoundedRect(180, 80, 440, 440, 24);
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#3e2723', scene: BoardScene });
