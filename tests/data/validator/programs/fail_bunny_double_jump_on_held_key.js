// Bunny: run with LEFT/RIGHT, jump with UP, and jump once more in the air (double jump)
class Hop extends Phaser.Scene {
  constructor() { super('hop'); }
  create() {
    this.bunny = this.add.rectangle(100, 300, 24, 30, 0xf8bbd0);
    this.physics.add.existing(this.bunny);
    this.bunny.body.setCollideWorldBounds(true);
    this.keys = this.input.keyboard.createCursorKeys();
    this.hops = 0;
  }
  update() {
    const body = this.bunny.body;
    body.setVelocityX(this.keys.left.isDown ? -200 : this.keys.right.isDown ? 200 : 0);
    if (body.blocked.down) this.hops = 0;
    if (this.keys.up.isDown && this.hops < 2) {
      body.setVelocityY(-380);
      this.hops++;
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: Hop });
