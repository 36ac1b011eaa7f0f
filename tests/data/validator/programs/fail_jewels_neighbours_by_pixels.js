// Swap two neighbouring jewels by clicking one and then the other
const SIZE = 64;
class Jewels extends Phaser.Scene {
  create() {
    this.picked = null;
    const colours = [0xff5555, 0x55ff55, 0x5555ff, 0xffff55];
    for (let r = 0; r < 6; r++) {
      for (let c = 0; c < 6; c++) {
        const jewel = this.add.rectangle(100 + c * SIZE, 100 + r * SIZE, SIZE - 8, SIZE - 8, colours[(r * 7 + c * 3) % 4]).setInteractive();
        jewel.col = c;
        jewel.row = r;
      }
    }
    this.input.on('gameobjectdown', (pointer, jewel) => this.pick(jewel));
  }
  pick(jewel) {
    const first = this.picked;
    if (!first) { this.picked = jewel; jewel.setStrokeStyle(3, 0xffffff); return; }
    first.setStrokeStyle();
    this.picked = null;
    if (Math.abs(first.x - jewel.x) + Math.abs(first.y - jewel.y) === 1) {
      const fx = first.x, fy = first.y;
      this.tweens.add({ targets: first, x: jewel.x, y: jewel.y, duration: 150 });
      this.tweens.add({ targets: jewel, x: fx, y: fy, duration: 150 });
      [first.col, jewel.col, first.row, jewel.row] = [jewel.col, first.col, jewel.row, first.row];
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 560, scene: Jewels });
