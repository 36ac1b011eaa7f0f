// Jump-through clouds: the top side is turned off instead of the underside, so the player falls through them from
// above and bumps into them from below.
class Sky extends Phaser.Scene {
  preload() {}
  create() {
    this.clouds = this.physics.add.staticGroup();
    for (let i = 0; i < 4; i++) {
      const cloud = this.add.rectangle(150 + i * 170, 470 - i * 90, 120, 16, 0xffffff);
      this.clouds.add(cloud);
      cloud.body.checkCollision.up = false;
      cloud.body.checkCollision.left = false;
      cloud.body.checkCollision.right = false;
    }
    this.player = this.add.rectangle(100, 560, 24, 32, 0xff66aa);
    this.physics.add.existing(this.player);
    this.player.body.setCollideWorldBounds(true);
    this.physics.add.collider(this.player, this.clouds);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    const b = this.player.body;
    b.setVelocityX(this.keys.left.isDown ? -200 : this.keys.right.isDown ? 200 : 0);
    if (this.keys.up.isDown && (b.blocked.down || b.touching.down)) b.setVelocityY(-520);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: Sky });
