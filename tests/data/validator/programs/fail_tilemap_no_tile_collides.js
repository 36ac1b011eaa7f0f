// setCollisionByProperty on a map made from an array: its tiles have no properties, no tile collides, the ball goes through the walls.
class Maze extends Phaser.Scene {
  constructor() { super('maze'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x222222).fillRect(0, 0, 32, 32);
    g.fillStyle(0x8888ff).fillRect(32, 0, 32, 32);
    g.generateTexture('tiles', 64, 32);
    g.fillStyle(0xffcc00).fillCircle(10, 10, 10);
    g.generateTexture('ball', 20, 20);
    g.destroy();
  }
  create() {
    const data = [];
    for (let y = 0; y < 10; y++) { const row = []; for (let x = 0; x < 15; x++) row.push(x === 4 || y === 0 || y === 9 ? 1 : 0); data.push(row); }
    const map = this.make.tilemap({ data, tileWidth: 32, tileHeight: 32 });
    const layer = map.createLayer(0, map.addTilesetImage('tiles'), 0, 0);
    layer.setCollisionByProperty({ collides: true });
    this.ball = this.physics.add.image(60, 160, 'ball').setVelocityX(120);
    this.physics.add.collider(this.ball, layer);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 480, height: 320, physics: { default: 'arcade' }, scene: Maze });
