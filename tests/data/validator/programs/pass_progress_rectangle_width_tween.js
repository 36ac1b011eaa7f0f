// A loading bar (a rectangle) fills from empty to full in 2 seconds
class Load extends Phaser.Scene {
  constructor() { super('load'); }
  create() {
    this.add.rectangle(300, 200, 404, 34, 0x333333);
    this.bar = this.add.rectangle(100, 200, 0, 30, 0x66bb6a).setOrigin(0, 0.5);
    this.tweens.add({ targets: this.bar, width: 400, duration: 2000 });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Load });
