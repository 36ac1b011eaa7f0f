// The rocket is drawn pointing up; it turns to face the direction it flies (arrow keys push it)
class Flight extends Phaser.Scene {
  constructor() { super('flight'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xe0e0e0, 1).fillTriangle(10, 0, 0, 30, 20, 30);
    g.generateTexture('rocket', 20, 30);
    g.destroy();
    this.rocket = this.physics.add.image(300, 200, 'rocket').setCollideWorldBounds(true).setDrag(40);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    const b = this.rocket.body;
    if (this.cursors.left.isDown) b.velocity.x -= 6;
    if (this.cursors.right.isDown) b.velocity.x += 6;
    if (this.cursors.up.isDown) b.velocity.y -= 6;
    if (this.cursors.down.isDown) b.velocity.y += 6;
    // the picture points up, so the heading is measured from north
    if (b.speed > 5) this.rocket.rotation = Math.atan2(b.velocity.x, -b.velocity.y);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, physics: { default: 'arcade' }, scene: Flight });
