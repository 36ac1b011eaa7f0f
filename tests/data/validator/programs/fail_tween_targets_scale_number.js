// An ellipse grows to twice its size and back, for ever; the tween targets ellipse.scale (Phaser 2's point), a number in Phaser 3
class Grow extends Phaser.Scene {
  constructor() { super('grow'); }
  preload() {}
  create() {
    this.ellipse = this.add.ellipse(400, 300, 120, 80, 0xff66aa);
    this.tweens.add({ targets: this.ellipse.scale, x: 2, y: 2, duration: 800, yoyo: true, repeat: -1 });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#202020', scene: Grow });
