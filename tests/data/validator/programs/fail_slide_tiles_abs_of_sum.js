// A 4x4 sliding puzzle: click a tile beside the gap to slide it into the gap
const N = 4;
class Slide extends Phaser.Scene {
  create() {
    this.order = Phaser.Utils.Array.NumberArray(1, 15).concat([0]);
    this.tiles = [];
    this.input.on('pointerdown', (p) => this.press(Math.floor((p.x - 200) / 100) + Math.floor((p.y - 100) / 100) * N));
    this.draw();
  }
  press(at) {
    const gap = this.order.indexOf(0);
    const dx = (at % N) - (gap % N);
    const dy = Math.floor(at / N) - Math.floor(gap / N);
    if (Math.abs(dx + dy) !== 1) return;
    this.order[gap] = this.order[at];
    this.order[at] = 0;
    this.draw();
  }
  draw() {
    this.tiles.forEach((t) => t.destroy());
    this.tiles = this.order.map((v, i) => this.add.text(230 + (i % N) * 100, 130 + Math.floor(i / N) * 100, v ? String(v) : '', { fontSize: '32px' }));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Slide });
