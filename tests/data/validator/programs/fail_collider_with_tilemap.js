// The collider is given the Tilemap instead of its layer: Arcade collides only with layers, the player falls through the floor.
class Cave extends Phaser.Scene {
  constructor() { super('cave'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x666666).fillRect(0, 0, 32, 32);
    g.fillStyle(0x33cc33).fillRect(32, 0, 32, 32);
    g.generateTexture('tiles', 64, 32);
    g.fillStyle(0xff4444).fillRect(0, 0, 24, 24);
    g.generateTexture('player', 24, 24);
    g.destroy();
  }
  create() {
    const data = [];
    for (let y = 0; y < 10; y++) { const row = []; for (let x = 0; x < 20; x++) row.push(y === 9 ? 1 : -1); data.push(row); }
    const map = this.make.tilemap({ data, tileWidth: 32, tileHeight: 32 });
    const tiles = map.addTilesetImage('tiles');
    const layer = map.createLayer(0, tiles, 0, 0);
    map.setCollision(1);
    this.player = this.physics.add.sprite(100, 100, 'player');
    this.physics.add.collider(this.player, map);
    this.layer = layer;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 320, physics: { default: 'arcade', arcade: { gravity: { y: 400 } } }, scene: Cave });
