// Collect the coins on a tile map: walk with the arrow keys and jump with UP; a coin tile disappears when touched.
const TILE = 32;
const GROUND = 1;
const COIN = 2;
const LEVEL = [
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 2, 2, 0, 0, 2, 0, 0, 2, 2, 0, 0, 0, 2, 0, 0, 2, 0, 0],
  [0, 0, 2, 2, 0, 0, 2, 0, 0, 2, 2, 0, 0, 0, 2, 0, 0, 2, 0, 0],
  [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
];
class CoinScene extends Phaser.Scene {
  constructor() { super('coins'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x000000, 0).fillRect(0, 0, TILE, TILE);
    g.fillStyle(0x8d6e63).fillRect(TILE, 0, TILE, TILE);
    g.fillStyle(0xffd54f).fillCircle(TILE * 2 + 16, 16, 10);
    g.generateTexture('tiles', TILE * 3, TILE);
    g.clear().fillStyle(0x42a5f5).fillRect(0, 0, 24, 30).generateTexture('hero', 24, 30);
    g.destroy();
  }
  create() {
    this.map = this.make.tilemap({ data: LEVEL, tileWidth: TILE, tileHeight: TILE });
    const tiles = this.map.addTilesetImage('tiles');
    this.layer = this.map.createLayer(0, tiles, 0, 0);
    this.map.setCollision(GROUND);
    this.player = this.physics.add.sprite(20, 400, 'hero');
    this.player.setCollideWorldBounds(true);
    this.coins = 0;
    this.label = this.add.text(10, 10, 'Coins: 0', { fontSize: '20px', color: '#ffffff' });
    this.map.setTileIndexCallback(COIN, this.collect, this);
    this.physics.add.collider(this.player, this.layer);
    this.physics.add.overlap(this.player, this.layer);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  collect(sprite, tile) {
    this.map.removeTileAt(tile.x, tile.y);
    this.coins += 1;
    this.label.setText('Coins: ' + this.coins);
    return false;
  }
  update() {
    if (this.cursors.left.isDown) this.player.setVelocityX(-160);
    else if (this.cursors.right.isDown) this.player.setVelocityX(160);
    else this.player.setVelocityX(0);
    if (this.cursors.up.isDown && this.player.body.blocked.down) this.player.setVelocityY(-330);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, backgroundColor: '#1e272e',
  physics: { default: 'arcade', arcade: { gravity: { y: 700 } } }, scene: CoinScene });
