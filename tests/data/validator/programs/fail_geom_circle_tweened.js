// An orange circle in the middle pulses forever, its radius growing and shrinking.
class Pulse extends Phaser.Scene {
  constructor() { super('pulse'); }
  preload() {}
  create() {
    this.shape = new Phaser.Geom.Circle(400, 300, 50);
    this.g = this.add.graphics();
    this.g.fillStyle(0xff8800, 1).fillCircleShape(this.shape);
    this.tweens.add({ targets: this.shape, radius: 110, duration: 800, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Pulse });
