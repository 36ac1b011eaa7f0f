// Walk through the maze with the arrow keys; the walls stop you
class Maze extends Phaser.Scene {
  create() {
    this.walls = this.physics.add.staticGroup();
    [[400, 200, 600, 20], [200, 400, 20, 300], [600, 420, 20, 260]].forEach(([x, y, w, h]) => this.walls.add(this.add.rectangle(x, y, w, h, 0x8888aa)));
    this.player = this.physics.add.image(100, 100, null).setDisplaySize(24, 24);
    this.physics.add.collider(this.player, this.walls);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    const c = this.cursors;
    this.player.setVelocity((c.right.isDown - c.left.isDown) * 160, (c.down.isDown - c.up.isDown) * 160);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Maze });
