// A boat turns with LEFT and RIGHT and always sails forward at 150 px/s in the way it faces
class Boat extends Phaser.Scene {
  create() {
    this.add.graphics().fillStyle(0xffffff).fillTriangle(0, 0, 30, 10, 0, 20).generateTexture('boat', 30, 20).destroy();
    this.boat = this.physics.add.image(400, 300, 'boat').setCollideWorldBounds(true);
    this.keys = this.input.keyboard.createCursorKeys();
    this.speed = 150;
  }
  update() {
    if (this.keys.left.isDown) this.boat.rotation -= 0.05;
    if (this.keys.right.isDown) this.boat.rotation += 0.05;
    this.boat.body.velocity.setToPolar(this.speed, this.boat.rotation);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Boat });
