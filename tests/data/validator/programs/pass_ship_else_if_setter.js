// Steer the ship left and right with the arrow keys; it stops when no key is held
class Space extends Phaser.Scene {
  constructor() { super('space'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x80deea).fillTriangle(0, 30, 15, 0, 30, 30).generateTexture('ship', 30, 30).destroy();
    this.ship = this.physics.add.image(300, 340, 'ship').setCollideWorldBounds(true);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    if (this.cursors.left.isDown) {
      this.ship.setVelocityX(-200);
    } else if (this.cursors.right.isDown) {
      this.ship.setVelocityX(200);
    } else {
      this.ship.setVelocityX(0);
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, physics: { default: 'arcade' }, scene: Space });
