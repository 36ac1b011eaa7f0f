// Lights out on a 4x4 board: clicking a switch flips it and the switches left, right, above and below it
const W = 4;
class Switches extends Phaser.Scene {
  create() {
    this.on = new Array(W * W).fill(false);
    this.lamps = this.on.map((v, i) => this.add.rectangle(250 + (i % W) * 90, 150 + Math.floor(i / W) * 90, 80, 80, 0x333333).setInteractive());
    this.lamps.forEach((lamp, i) => lamp.on('pointerdown', () => this.flip(i)));
  }
  flip(i) {
    const around = [i, i - W, i + W];
    if (i % W > 0) around.push(i - 1);
    if (i % W < W - 1) around.push(i + 1);
    around.forEach((j) => { if (j >= 0 && j < W * W) this.on[j] = !this.on[j]; });
    this.lamps.forEach((lamp, j) => lamp.setFillStyle(this.on[j] ? 0xffee66 : 0x333333));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Switches });
