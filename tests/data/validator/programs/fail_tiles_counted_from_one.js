// A maze from a level array counted from 1 (1 floor, 2 wall) on a two-tile tileset added with firstgid 0: walls are never drawn
const T = 40;
const LEVEL = [
  [2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
  [2, 1, 1, 1, 2, 1, 1, 1, 1, 2],
  [2, 1, 2, 1, 2, 1, 2, 2, 1, 2],
  [2, 1, 2, 1, 1, 1, 1, 2, 1, 2],
  [2, 1, 2, 2, 2, 2, 1, 2, 1, 2],
  [2, 1, 1, 1, 1, 1, 1, 1, 1, 2],
  [2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
];

class Maze extends Phaser.Scene {
  constructor() { super('maze'); }
  preload() {}
  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x222233).fillRect(0, 0, T, T).fillStyle(0x7777aa).fillRect(T, 0, T, T);
    g.generateTexture('tiles', T * 2, T);
    const map = this.make.tilemap({ data: LEVEL, tileWidth: T, tileHeight: T });
    const layer = map.createLayer(0, map.addTilesetImage('tiles'), 0, 0);
    layer.setCollision(2);
    this.player = this.add.circle(60, 60, 14, 0x44ff88);
    this.physics.add.existing(this.player);
    this.physics.add.collider(this.player, layer);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    const k = this.keys;
    this.player.body.setVelocity(((k.right.isDown ? 1 : 0) - (k.left.isDown ? 1 : 0)) * 150, ((k.down.isDown ? 1 : 0) - (k.up.isDown ? 1 : 0)) * 150);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 280, physics: { default: 'arcade' }, scene: Maze });
