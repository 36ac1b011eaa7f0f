// Sum ten: click two tiles whose numbers add up to 10 to clear them; clear the board to win
const COLS = 4, ROWS = 3, TILE = 90;
class SumScene extends Phaser.Scene {
  constructor() { super('sum'); }
  create() {
    const boardW = COLS * TILE, boardH = ROWS * TILE;
    this.left = (this.scale.width - boardW) / 2;
    this.top = 140;
    this.winText = this.add.text(this.scale.width / 2, this.top + boardH / 2, 'Board cleared!', { fontSize: '40px', color: '#76ff03' }).setOrigin(0.5).setVisible(false);
    this.add.rectangle(this.left + boardW / 2, this.top + boardH / 2, boardW + 16, boardH + 16, 0x263238);
    const values = Phaser.Utils.Array.Shuffle([1, 9, 2, 8, 3, 7, 4, 6, 5, 5, 1, 9]);
    this.picked = null;
    this.left_ = values.length;
    values.forEach((v, i) => {
      const x = this.left + (i % COLS) * TILE + TILE / 2, y = this.top + Math.floor(i / COLS) * TILE + TILE / 2;
      const tile = this.add.container(x, y, [
        this.add.rectangle(0, 0, TILE - 8, TILE - 8, 0x546e7a),
        this.add.text(0, 0, String(v), { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5),
      ]).setSize(TILE - 8, TILE - 8).setInteractive();
      tile.value = v;
      tile.on('pointerdown', () => this.pick(tile));
    });
  }
  pick(tile) {
    if (!this.picked) { this.picked = tile; tile.list[0].setFillStyle(0x0288d1); return; }
    if (this.picked !== tile && this.picked.value + tile.value === 10) {
      this.picked.destroy(); tile.destroy(); this.left_ -= 2;
      if (this.left_ === 0) this.winText.setVisible(true);
    } else this.picked.list[0].setFillStyle(0x546e7a);
    this.picked = null;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#102027', scene: SumScene });
