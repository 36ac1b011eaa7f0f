// One-way ledges, a climbable ladder and a level built from a map of numbers (1 brick, 2 coin).
const MAP = [
  [0, 0, 0, 2, 2, 0, 0, 0, 0, 0],
  [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
];
class Mixed extends Phaser.Scene {
  constructor() { super('mixed'); }
  preload() {}
  create() {
    this.bricks = this.physics.add.staticGroup();
    MAP.forEach((row, r) => row.forEach((cell, c) => {
      if (cell === 1) this.bricks.add(this.add.rectangle(c * 80 + 40, r * 80 + 480, 80, 80, 0x885533));
      if (cell === 2) this.add.circle(c * 80 + 40, r * 80 + 480, 14, 0xffdd00);
    }));
    this.ledges = this.physics.add.staticGroup();
    this.ledges.add(this.add.rectangle(600, 330, 180, 16, 0x996633));
    this.add.rectangle(200, 300, 30, 280, 0x996633);
    this.ladder = this.add.zone(200, 300, 30, 280);
    this.physics.add.existing(this.ladder, true);
    this.player = this.add.rectangle(400, 380, 28, 40, 0x66ccff);
    this.physics.add.existing(this.player);
    this.physics.add.collider(this.player, this.bricks);
    this.physics.add.collider(this.player, this.ledges, null, (player, ledge) => player.body.velocity.y >= 0 && player.body.bottom <= ledge.body.top + 8);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    const body = this.player.body;
    const onLadder = this.physics.overlap(this.player, this.ladder);
    body.setAllowGravity(!onLadder);
    body.setVelocityX(this.cursors.left.isDown ? -180 : this.cursors.right.isDown ? 180 : 0);
    if (onLadder) body.setVelocityY(this.cursors.up.isDown ? -140 : 0);
    else if (this.cursors.up.isDown && body.blocked.down) body.setVelocityY(-480);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: Mixed });
