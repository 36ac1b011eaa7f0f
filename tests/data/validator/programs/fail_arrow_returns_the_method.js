// callback: () => this.step returns the method and never calls it: the sort never advances
class Sort extends Phaser.Scene {
  preload() {}

  create() {
    this.values = [5, 3, 8, 1, 9, 2, 7];
    this.i = 0;
    this.bars = this.values.map((v, k) => this.add.rectangle(200 + k * 60, 500, 40, v * 30, 0x44aaff).setOrigin(0.5, 1));
    this.time.addEvent({ delay: 150, loop: true, callback: () => this.step });
  }

  step() {
    const k = this.i % (this.values.length - 1);
    if (this.values[k] > this.values[k + 1]) [this.values[k], this.values[k + 1]] = [this.values[k + 1], this.values[k]];
    this.values.forEach((v, j) => { this.bars[j].height = v * 30; });
    this.i += 1;
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Sort });
