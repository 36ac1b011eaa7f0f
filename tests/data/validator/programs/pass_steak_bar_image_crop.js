// Grill a steak: hold the mouse on the grill to cook; a bar fills as it cooks (full in 4 seconds)
class Grill extends Phaser.Scene {
  constructor() { super('grill'); }
  create() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xffffff).fillRect(0, 0, 200, 20).generateTexture('bar', 200, 20);
    this.add.rectangle(300, 100, 204, 24, 0x333333);
    this.bar = this.add.image(200, 100, 'bar').setOrigin(0, 0.5).setTint(0xef6c00);
    this.bar.setCrop(0, 0, 0, 20);
    this.cooked = 0;
    this.add.rectangle(300, 260, 240, 120, 0x424242);
  }
  update(time, delta) {
    if (this.input.activePointer.isDown) this.cooked = Math.min(1, this.cooked + delta / 4000);
    this.bar.setCrop(0, 0, 200 * this.cooked, 20);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Grill });
