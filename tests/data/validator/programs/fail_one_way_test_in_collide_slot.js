// One-way ledges: the player jumps up through them from below and lands on them from above.
class Ledges extends Phaser.Scene {
  constructor() { super('ledges'); }
  preload() {}
  create() {
    this.ledges = this.physics.add.staticGroup();
    [[400, 450], [250, 330], [550, 210]].forEach(([x, y]) => this.ledges.add(this.add.rectangle(x, y, 180, 16, 0x996633)));
    this.player = this.add.rectangle(400, 560, 30, 40, 0x66ccff);
    this.physics.add.existing(this.player);
    this.player.body.setCollideWorldBounds(true);
    this.physics.add.collider(this.player, this.ledges, (player, ledge) => player.body.velocity.y >= 0 && player.body.bottom <= ledge.body.top + 8);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    const body = this.player.body;
    body.setVelocityX(this.cursors.left.isDown ? -200 : this.cursors.right.isDown ? 200 : 0);
    if (this.cursors.up.isDown && body.blocked.down) body.setVelocityY(-520);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: Ledges });
