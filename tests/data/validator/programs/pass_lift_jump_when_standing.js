// Run with the arrow keys and press UP to jump; ride the lift up and jump from its top to the high ledge
class Lift extends Phaser.Scene {
  create() {
    this.ground = this.add.rectangle(400, 590, 800, 20, 0x555555);
    this.ledge = this.add.rectangle(700, 200, 160, 16, 0x8888aa);
    this.physics.add.existing(this.ground, true);
    this.physics.add.existing(this.ledge, true);
    this.lift = this.add.rectangle(400, 560, 100, 16, 0x66aa66);
    this.physics.add.existing(this.lift);
    this.lift.body.setAllowGravity(false).setImmovable(true).setVelocityY(-60);
    this.player = this.add.rectangle(400, 520, 28, 40, 0xffcc00);
    this.physics.add.existing(this.player);
    this.physics.add.collider(this.player, [this.ground, this.ledge, this.lift]);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    if (this.lift.y < 240) this.lift.body.setVelocityY(60);
    if (this.lift.y > 560) this.lift.body.setVelocityY(-60);
    const body = this.player.body;
    body.setVelocityX(this.keys.left.isDown ? -180 : this.keys.right.isDown ? 180 : 0);
    const onGround = body.blocked.down || body.touching.down;
    if (this.keys.up.isDown && onGround) body.setVelocityY(-420);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 800 } } }, scene: Lift });
