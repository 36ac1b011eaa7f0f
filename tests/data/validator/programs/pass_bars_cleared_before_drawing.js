// A music visualiser: eight bars jump to new random heights four times a second
class Bars extends Phaser.Scene {
  create() {
    this.levels = new Array(8).fill(0.2);
    this.bars = this.add.graphics();
    this.time.addEvent({ delay: 250, loop: true, callback: this.beat, callbackScope: this });
  }
  beat() {
    this.levels = this.levels.map(() => Phaser.Math.FloatBetween(0.1, 1));
    this.drawBars();
  }
  drawBars() {
    this.bars.clear().fillStyle(0x33ccff, 1);
    this.levels.forEach((level, i) => this.bars.fillRect(60 + i * 90, 500 - level * 400, 70, level * 400));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Bars });
