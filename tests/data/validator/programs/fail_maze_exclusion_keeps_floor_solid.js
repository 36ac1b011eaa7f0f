// A small maze made from an array: walls (1) block the explorer, the floor (0) does not
const MAZE = [
  [1, 1, 1, 1, 1, 1, 1, 1],
  [1, 0, 0, 0, 1, 0, 0, 1],
  [1, 0, 1, 0, 1, 0, 1, 1],
  [1, 0, 1, 0, 0, 0, 0, 1],
  [1, 1, 1, 1, 1, 1, 1, 1]
];
class Maze extends Phaser.Scene {
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x222222).fillRect(0, 0, 32, 32).fillStyle(0x888888).fillRect(32, 0, 32, 32);
    g.generateTexture('tiles', 64, 32);
    g.destroy();
    const map = this.make.tilemap({ data: MAZE, tileWidth: 32, tileHeight: 32 });
    const layer = map.createLayer(0, map.addTilesetImage('tiles'), 0, 0);
    layer.setCollisionByExclusion([-1]);
    this.explorer = this.add.circle(48, 48, 10, 0xffcc00);
    this.physics.add.existing(this.explorer);
    this.physics.add.collider(this.explorer, layer);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    const b = this.explorer.body;
    b.setVelocity(0);
    if (this.keys.right.isDown) b.setVelocityX(120);
    if (this.keys.down.isDown) b.setVelocityY(120);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 256, height: 160, physics: { default: 'arcade' }, scene: Maze });
