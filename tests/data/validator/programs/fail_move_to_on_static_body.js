// The rectangle follows the mouse pointer at 200 px/s.
class Follow extends Phaser.Scene {
  constructor() { super('follow'); }
  preload() {}
  create() {
    this.box = this.add.rectangle(200, 200, 40, 40, 0xff66aa);
    this.physics.add.existing(this.box, true);
  }
  update() {
    const p = this.input.activePointer;
    this.physics.moveTo(this.box, p.worldX, p.worldY, 200);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Follow });
