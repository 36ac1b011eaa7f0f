// Slingshot: drag back from the stone (at most 120 px) and let go; a longer pull throws it faster
const MAX_DRAG = 120;
class Sling extends Phaser.Scene {
  create() {
    this.add.graphics().fillStyle(0xaaaaaa).fillCircle(12, 12, 12).generateTexture('stone', 24, 24).destroy();
    this.home = new Phaser.Math.Vector2(200, 400);
    this.stone = this.physics.add.image(200, 400, 'stone').setCircle(12).setCollideWorldBounds(true);
    this.stone.body.setAllowGravity(false);
    this.pull = new Phaser.Math.Vector2();
    this.input.on('pointermove', (p) => {
      if (!p.isDown) return;
      this.pull.set(this.home.x - p.x, this.home.y - p.y).limit(MAX_DRAG);
      this.stone.setPosition(this.home.x - this.pull.x, this.home.y - this.pull.y);
    });
    this.input.on('pointerup', () => {
      this.stone.body.setAllowGravity(true);
      this.stone.setVelocity(this.pull.x * 5, this.pull.y * 5);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 300 } } }, scene: Sling });
