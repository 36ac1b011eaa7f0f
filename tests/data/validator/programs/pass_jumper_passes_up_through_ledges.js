// Doodle jump: the frog bounces up through the ledges from below and lands on them from above.
class Doodle extends Phaser.Scene {
  constructor() { super('doodle'); }
  preload() {}
  create() {
    this.ledges = this.physics.add.staticGroup();
    for (let i = 0; i < 7; i++) this.ledges.add(this.add.rectangle(120 + (i % 3) * 260, 560 - i * 85, 110, 14, 0x8d6e63));
    this.frog = this.add.rectangle(120, 520, 26, 26, 0x66bb6a);
    this.physics.add.existing(this.frog);
    this.frog.body.checkCollision.up = false;
    this.frog.body.setCollideWorldBounds(true);
    this.physics.add.collider(this.frog, this.ledges, () => { if (this.frog.body.touching.down) this.frog.body.setVelocityY(-560); });
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    this.frog.body.setVelocityX(this.keys.left.isDown ? -200 : this.keys.right.isDown ? 200 : 0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: Doodle });
