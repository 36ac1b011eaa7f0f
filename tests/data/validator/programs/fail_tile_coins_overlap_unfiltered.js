// Walk the miner with the arrow keys over a cave floor; gold tiles picked up add 10 points each.
const T = 32;
const GOLD = 2;
const ROWS = [
  '1111111111111111111111111',
  '1.......................1',
  '1...2.......2......2....1',
  '1.......................1',
  '1.....2.........2.......1',
  '1.......................1',
  '1...2........2.......2..1',
  '1.......................1',
  '1111111111111111111111111',
];
class Mine extends Phaser.Scene {
  constructor() { super('mine'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x222222).fillRect(0, 0, T, T);
    g.fillStyle(0x795548).fillRect(T, 0, T, T);
    g.fillStyle(0xffd54f).fillCircle(2 * T + 16, 16, 10);
    g.generateTexture('tiles', 3 * T, T);
    g.clear().fillStyle(0x4fc3f7).fillRect(0, 0, 20, 20).generateTexture('miner', 20, 20);
    g.destroy();
  }
  create() {
    const walls = ROWS.map((r) => r.split('').map((c) => (c === '1' ? 1 : -1)));
    const gold = ROWS.map((r) => r.split('').map((c) => (c === '2' ? GOLD : -1)));
    const wallMap = this.make.tilemap({ data: walls, tileWidth: T, tileHeight: T });
    this.walls = wallMap.createLayer(0, wallMap.addTilesetImage('tiles'), 0, 0);
    this.walls.setCollision(1);
    const goldMap = this.make.tilemap({ data: gold, tileWidth: T, tileHeight: T });
    this.gold = goldMap.createLayer(0, goldMap.addTilesetImage('tiles'), 0, 0);
    this.miner = this.physics.add.sprite(64, 64, 'miner');
    this.physics.add.collider(this.miner, this.walls);
    this.physics.add.overlap(this.miner, this.gold, this.pickUp, null, this);
    this.score = 0;
    this.label = this.add.text(16, 300, 'Score: 0', { fontSize: '20px', color: '#ffffff' });
    this.keys = this.input.keyboard.createCursorKeys();
  }
  pickUp(miner, tile) {
    this.gold.removeTileAt(tile.x, tile.y);
    this.score += 10;
    this.label.setText('Score: ' + this.score);
  }
  update() {
    const k = this.keys;
    this.miner.setVelocity((k.right.isDown ? 160 : 0) - (k.left.isDown ? 160 : 0), (k.down.isDown ? 160 : 0) - (k.up.isDown ? 160 : 0));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 340, physics: { default: 'arcade' }, scene: Mine });
