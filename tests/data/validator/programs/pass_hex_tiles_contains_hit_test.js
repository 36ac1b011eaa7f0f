// Tile flip: a 4x4 board of tiles; click a tile to flip it between blue and orange; count the flips
const TILE = 80;
class Flip extends Phaser.Scene {
  constructor() { super('flip'); }
  create() {
    this.flips = 0;
    this.label = this.add.text(16, 16, 'Flips: 0', { fontSize: '20px', color: '#ffffff' });
    for (let r = 0; r < 4; r++) {
      for (let c = 0; c < 4; c++) {
        const tile = this.add.container(240 + c * (TILE + 6), 140 + r * (TILE + 6));
        const face = this.add.rectangle(0, 0, TILE, TILE, 0x1e88e5);
        tile.add(face);
        tile.setSize(TILE, TILE);
        tile.setInteractive(new Phaser.Geom.Rectangle(0, 0, TILE, TILE), Phaser.Geom.Rectangle.Contains);
        tile.on('pointerdown', () => {
          face.setFillStyle(face.fillColor === 0x1e88e5 ? 0xfb8c00 : 0x1e88e5);
          this.flips += 1;
          this.label.setText('Flips: ' + this.flips);
        });
      }
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: Flip });
