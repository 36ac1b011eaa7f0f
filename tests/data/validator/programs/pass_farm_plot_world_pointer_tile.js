// Farm: a 40x30 field of grass tiles larger than the screen; the camera follows the farmer (arrow keys); click a tile to plant a crop on it
const T = 32;
class Farm extends Phaser.Scene {
  constructor() { super('farm'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x7cb342).fillRect(0, 0, T, T).fillStyle(0xfbc02d).fillRect(T, 0, T, T).generateTexture('farm', T * 2, T).destroy();
  }
  create() {
    const data = Array.from({ length: 30 }, () => new Array(40).fill(0));
    this.map = this.make.tilemap({ data, tileWidth: T, tileHeight: T });
    this.layer = this.map.createLayer(0, this.map.addTilesetImage('farm'), 0, 0);
    this.farmer = this.add.rectangle(400, 300, 24, 24, 0x5d4037);
    this.cameras.main.setBounds(0, 0, 40 * T, 30 * T);
    this.cameras.main.startFollow(this.farmer);
    this.keys = this.input.keyboard.createCursorKeys();
    this.input.on('pointerdown', (pointer) => {
      const t = this.layer.worldToTileXY(pointer.worldX, pointer.worldY);
      if (t) this.layer.putTileAt(1, t.x, t.y);
    });
  }
  update(time, delta) {
    const v = 0.25 * delta, k = this.keys;
    this.farmer.x = Phaser.Math.Clamp(this.farmer.x + (k.right.isDown ? v : k.left.isDown ? -v : 0), 0, 40 * T);
    this.farmer.y = Phaser.Math.Clamp(this.farmer.y + (k.down.isDown ? v : k.up.isDown ? -v : 0), 0, 30 * T);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#33691e', scene: Farm });
