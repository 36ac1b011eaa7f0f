// Paint grid: a 10x6 tile grid; click a cell to paint it red
const T = 48, COLS = 10, ROWS = 6;
class Paint extends Phaser.Scene {
  constructor() { super('paint'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xeeeeee).fillRect(0, 0, T - 2, T - 2).fillStyle(0xe53935).fillRect(T, 0, T - 2, T - 2).generateTexture('cells', T * 2, T).destroy();
  }
  create() {
    const data = Array.from({ length: ROWS }, () => new Array(COLS).fill(0));
    this.map = this.make.tilemap({ data, tileWidth: T, tileHeight: T });
    this.layer = this.map.createLayer(0, this.map.addTilesetImage('cells'), 160, 120);
    this.painted = 0;
    this.label = this.add.text(16, 16, 'Painted: 0', { fontSize: '20px', color: '#ffffff' });
    this.input.on('pointerdown', (p) => {
      const c = Math.floor((p.worldX - this.layer.x) / T), r = Math.floor((p.worldY - this.layer.y) / T);
      if (c < 0 || c >= COLS || r < 0 || r >= ROWS) return;
      this.layer.putTileAt(1, r, c);
      this.painted += 1;
      this.label.setText('Painted: ' + this.painted);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: Paint });
