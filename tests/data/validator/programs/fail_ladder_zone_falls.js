// Ladders: stand on a drawn ladder and hold UP to climb it.
class Ladders extends Phaser.Scene {
  constructor() { super('ladders'); }
  preload() {}
  create() {
    this.add.rectangle(400, 300, 30, 400, 0x996633);
    this.ladder = this.add.zone(400, 300, 30, 400);
    this.physics.add.existing(this.ladder);
    this.player = this.add.rectangle(300, 560, 28, 40, 0x66ccff);
    this.physics.add.existing(this.player);
    this.player.body.setCollideWorldBounds(true);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    const onLadder = this.physics.overlap(this.player, this.ladder);
    const body = this.player.body;
    body.setAllowGravity(!onLadder);
    body.setVelocityX(this.cursors.left.isDown ? -160 : this.cursors.right.isDown ? 160 : 0);
    if (onLadder) body.setVelocityY(this.cursors.up.isDown ? -140 : 0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 700 } } }, scene: Ladders });
