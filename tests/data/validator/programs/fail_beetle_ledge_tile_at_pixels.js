// Beetles patrol the ledges of a tile map and turn round at the edge of a ledge instead of falling off
const MAP = [
  '..........',
  '..........',
  '..######..',
  '..........',
  '##########',
];
class Ledges extends Phaser.Scene {
  constructor() { super('ledges'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0x6d4c41, 1).fillRect(0, 0, 48, 48);
    g.generateTexture('soil', 48, 48);
    g.destroy();
    const map = this.make.tilemap({ data: MAP.map((row) => [...row].map((ch) => (ch === '#' ? 0 : -1))), tileWidth: 48, tileHeight: 48 });
    this.layer = map.createLayer(0, map.addTilesetImage('soil'), 0, 0);
    this.layer.setCollision(0);
    this.beetles = this.physics.add.group();
    [[150, 80], [250, 180]].forEach(([x, y]) => {
      const b = this.add.rectangle(x, y, 20, 14, 0x212121);
      this.beetles.add(b);
      b.dir = 1;
    });
    this.physics.add.collider(this.beetles, this.layer);
  }
  update() {
    this.beetles.getChildren().forEach((b) => this.patrol(b));
  }
  patrol(beetle) {
    if (!beetle.body.blocked.down) return;
    const footX = beetle.x + beetle.dir * (beetle.width / 2 + 2);
    const below = this.layer.getTileAt(footX, beetle.body.bottom + 2);
    if (!below) beetle.dir *= -1;
    beetle.body.setVelocityX(60 * beetle.dir);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 480, height: 240, physics: { default: 'arcade', arcade: { gravity: { y: 600 } } }, scene: Ledges });
