// A beacon light that blinks on and off every half second
class Beacon extends Phaser.Scene {
  constructor() { super('beacon'); }
  create() {
    this.lampGfx = this.make.graphics({ x: 0, y: 0, add: false });
    this.lampGfx.fillStyle(0xff1744).fillCircle(30, 30, 30);
    this.lampGfx.generateTexture('lamp', 60, 60);
    this.lamp = this.add.image(300, 200, 'lamp');
    this.tweens.add({ targets: this.lamp, alpha: 0.1, duration: 500, yoyo: true, repeat: -1 });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Beacon });
