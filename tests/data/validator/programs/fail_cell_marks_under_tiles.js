// Three random cells of the board are marked every half second: the marks' Graphics is made before the opaque
// tiles, so every mark lies under a tile.
class Board extends Phaser.Scene {
  preload() {}
  create() {
    this.marks = this.add.graphics();
    for (let r = 0; r < 6; r++) {
      for (let c = 0; c < 8; c++) this.add.rectangle(100 + c * 80 + 40, 60 + r * 80 + 40, 80, 80, (r + c) % 2 ? 0x2e7d32 : 0x388e3c);
    }
    this.time.addEvent({ delay: 500, loop: true, callback: () => {
      this.marks.clear();
      this.marks.fillStyle(0xffeb3b, 0.7);
      for (let i = 0; i < 3; i++) this.marks.fillRect(100 + Phaser.Math.Between(0, 7) * 80, 60 + Phaser.Math.Between(0, 5) * 80, 80, 80);
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Board });
