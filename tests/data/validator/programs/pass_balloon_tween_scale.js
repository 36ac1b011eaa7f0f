// A balloon (an ellipse) slowly inflates to twice its width and back, over and over
class Balloon extends Phaser.Scene {
  constructor() { super('balloon'); }
  create() {
    this.balloon = this.add.ellipse(300, 200, 60, 80, 0xff5252);
    this.tweens.add({ targets: this.balloon, scaleX: 2, scaleY: 2, duration: 1500, yoyo: true, repeat: -1 });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Balloon });
