// the only floor is the world's bottom edge, which sets blocked.down: touching.down never turns true, no jump
class Jump extends Phaser.Scene {
  preload() {}

  create() {
    this.player = this.add.rectangle(400, 500, 32, 48, 0x3366ff);
    this.physics.add.existing(this.player);
    this.player.body.setCollideWorldBounds(true);
    this.cursors = this.input.keyboard.createCursorKeys();
  }

  update() {
    const body = this.player.body;
    body.setVelocityX(this.cursors.left.isDown ? -200 : this.cursors.right.isDown ? 200 : 0);
    if (this.cursors.up.isDown && body.touching.down) body.setVelocityY(-450);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 800 } } }, scene: Jump });
