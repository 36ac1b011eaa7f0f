// The red player moves with the arrow keys and wraps around the screen edges.
class Wrap extends Phaser.Scene {
  constructor() { super('wrap'); }
  preload() {}
  create() {
    this.player = this.add.rectangle(400, 300, 32, 32, 0xff3333);
    this.physics.add.existing(this.player);
    this.physics.world.wrap(this.player, 16);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    const body = this.player.body;
    body.setVelocity((this.cursors.right.isDown - this.cursors.left.isDown) * 200, (this.cursors.down.isDown - this.cursors.up.isDown) * 200);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Wrap });
