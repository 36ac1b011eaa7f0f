// Three L-shaped blocks: each is a container placed at its centre with its two parts drawn round (0, 0).
class Blocks extends Phaser.Scene {
  constructor() { super('blocks'); }
  preload() {}
  create() {
    [[200, 300], [400, 300], [600, 300]].forEach(([x, y], i) => {
      const cx = x + 4;
      const cy = y + 10;
      const block = this.add.container(cx, cy, [
        this.add.rectangle(x - 20 - cx, y - cy, 24, 80, 0xffb300),
        this.add.rectangle(x + 8 - cx, y + 28 - cy, 32, 24, 0xffb300)
      ]);
      this.tweens.add({ targets: block, angle: 360, duration: 3000 + i * 500, repeat: -1 });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: Blocks });
