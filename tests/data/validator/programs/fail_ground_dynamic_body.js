// A platformer: the green ground runs along the bottom; the player (arrow keys, UP to jump) walks and jumps on it.
class JumpScene extends Phaser.Scene {
  constructor() { super('jump'); }
  preload() {}
  create() {
    this.ground = this.add.rectangle(400, 560, 800, 40, 0x43a047);
    this.physics.add.existing(this.ground);
    this.player = this.add.rectangle(120, 400, 30, 46, 0xffb300);
    this.physics.add.existing(this.player);
    this.player.body.setCollideWorldBounds(true);
    this.physics.add.collider(this.player, this.ground);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    const body = this.player.body;
    if (this.cursors.left.isDown) body.setVelocityX(-200);
    else if (this.cursors.right.isDown) body.setVelocityX(200);
    else body.setVelocityX(0);
    if (this.cursors.up.isDown && body.touching.down) body.setVelocityY(-420);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#81d4fa',
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: JumpScene });
