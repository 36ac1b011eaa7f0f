// A 10x10 array as a tilemap: 1 is a wall the player collides with (a tilemap layer needs no physics body)
const LEVEL = [
  [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  [1, 0, 0, 0, 0, 0, 0, 0, 0, 1],
  [1, 0, 1, 1, 0, 0, 1, 1, 0, 1],
  [1, 0, 0, 0, 0, 0, 0, 1, 0, 1],
  [1, 0, 1, 0, 1, 1, 0, 0, 0, 1],
  [1, 0, 1, 0, 0, 0, 0, 1, 0, 1],
  [1, 0, 0, 0, 1, 0, 0, 1, 0, 1],
  [1, 1, 0, 0, 1, 0, 0, 0, 0, 1],
  [1, 0, 0, 0, 0, 0, 1, 0, 0, 1],
  [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
];
class Maze extends Phaser.Scene {
  constructor() { super('maze'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x222233, 1).fillRect(0, 0, 40, 40);
    g.fillStyle(0x6677aa, 1).fillRect(40, 0, 40, 40);
    g.generateTexture('tiles', 80, 40);
    g.clear().fillStyle(0xffcc00, 1).fillCircle(14, 14, 14);
    g.generateTexture('player', 28, 28);
    g.destroy();
  }
  create() {
    const map = this.make.tilemap({ data: LEVEL, tileWidth: 40, tileHeight: 40 });
    const tileset = map.addTilesetImage('tiles');
    this.walls = map.createLayer(0, tileset, 0, 0);
    this.walls.setCollision(1);
    this.player = this.physics.add.sprite(60, 60, 'player');
    this.physics.add.collider(this.player, this.walls);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.add.text(8, 405, '方向键移动，不能穿墙', { fontSize: '18px', color: '#ffffff' });
  }
  update() {
    const speed = 160;
    this.player.setVelocity(0);
    if (this.cursors.left.isDown) this.player.setVelocityX(-speed);
    else if (this.cursors.right.isDown) this.player.setVelocityX(speed);
    if (this.cursors.up.isDown) this.player.setVelocityY(-speed);
    else if (this.cursors.down.isDown) this.player.setVelocityY(speed);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 430, physics: { default: 'arcade' }, scene: Maze });
