// Move with the arrow keys; a drone follows you around the screen
class Chase extends Phaser.Scene {
  create() {
    this.player = this.add.rectangle(400, 300, 30, 30, 0x44ff44);
    this.drone = this.add.circle(80, 80, 14, 0xff4444);
    this.physics.add.existing(this.player);
    this.physics.add.existing(this.drone);
    this.player.body.setCollideWorldBounds(true);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    const c = this.cursors;
    this.player.body.setVelocity((c.right.isDown - c.left.isDown) * 200, (c.down.isDown - c.up.isDown) * 200);
    this.physics.moveToObject(this.drone, this.player, 120);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Chase });
