// A garden on a tilemap: flower beds are placed from a list; every second a random blooming flower dries out, and
// the arrow keys walk the gardener who waters the dry flower under them with SPACE.
const T = 32;
const DRY = 1;
const BLOOM = 2;
const BEDS = [{ index: BLOOM, x: 3, y: 3 }, { index: BLOOM, x: 6, y: 3 }, { index: DRY, x: 9, y: 3 }, { index: BLOOM, x: 12, y: 3 }];
class Garden extends Phaser.Scene {
  constructor() { super('garden'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x33691e).fillRect(0, 0, T, T);
    g.fillStyle(0x8d6e63).fillRect(T, 0, T, T);
    g.fillStyle(0xf06292).fillCircle(2 * T + 16, 16, 12);
    g.generateTexture('garden-tiles', 3 * T, T);
    g.destroy();
  }
  create() {
    const map = this.make.tilemap({ width: 16, height: 8, tileWidth: T, tileHeight: T });
    this.beds = map.createBlankLayer('beds', map.addTilesetImage('garden-tiles'));
    this.beds.fill(0);
    BEDS.forEach((bed) => this.beds.putTileAt(bed.index, bed.x, bed.y));
    this.gardener = this.add.rectangle(3 * T + 16, 3 * T + 16, 20, 20, 0x4fc3f7);
    this.info = this.add.text(8, 8, '', { fontSize: '18px', color: '#ffffff' });
    this.time.addEvent({ delay: 1000, loop: true, callback: () => {
      const blooming = this.beds.filterTiles((t) => t.index === BLOOM);
      if (blooming.length) {
        const t = Phaser.Utils.Array.GetRandom(blooming);
        this.beds.putTileAt(DRY, t.x, t.y);
      }
    } });
    this.keys = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-SPACE', () => {
      const tile = this.beds.getTileAtWorldXY(this.gardener.x, this.gardener.y);
      if (tile && tile.index === DRY) this.beds.putTileAt(BLOOM, tile.x, tile.y);
    });
  }
  update() {
    if (Phaser.Input.Keyboard.JustDown(this.keys.right)) this.gardener.x = Math.min(this.gardener.x + T, 15 * T + 16);
    if (Phaser.Input.Keyboard.JustDown(this.keys.left)) this.gardener.x = Math.max(this.gardener.x - T, 16);
    this.info.setText('Blooming: ' + this.beds.filterTiles((t) => t.index === BLOOM).length);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 512, height: 256, scene: Garden });
