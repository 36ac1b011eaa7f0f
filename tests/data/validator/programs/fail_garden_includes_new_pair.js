// Click a grass cell to plant a flower; the path cells cannot be planted
const PATH = [[2, 0], [2, 1], [2, 2], [2, 3]];
class Garden extends Phaser.Scene {
  create() {
    for (let r = 0; r < 4; r++) for (let c = 0; c < 5; c++) this.add.rectangle(150 + c * 100, 100 + r * 100, 96, 96, PATH.some(([pc, pr]) => pc === c && pr === r) ? 0x997755 : 0x44aa44);
    this.input.on('pointerdown', (p) => {
      const col = Math.floor((p.x - 100) / 100); const row = Math.floor((p.y - 50) / 100);
      if (PATH.includes([col, row])) return;
      this.add.circle(150 + col * 100, 100 + row * 100, 20, 0xff66cc);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Garden });
