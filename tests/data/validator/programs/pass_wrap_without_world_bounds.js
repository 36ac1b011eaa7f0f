// A ship that leaves one side of the screen comes back on the other.
class Wrap extends Phaser.Scene {
  preload() {}
  create() {
    this.ship = this.add.triangle(400, 300, 0, 20, 10, 0, 20, 20, 0x66ddff);
    this.physics.add.existing(this.ship);
    this.ship.body.setVelocityX(300);
  }
  update() {
    this.physics.world.wrap(this.ship, 16);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Wrap });
