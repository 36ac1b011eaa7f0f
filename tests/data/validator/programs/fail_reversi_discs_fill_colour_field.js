// Reversi start: an 8x8 board with the four starting discs; click an empty square to place a disc of the player whose turn it is
const CELL = 60, OX = 160, OY = 60;
class Reversi extends Phaser.Scene {
  constructor() { super('reversi'); }
  create() {
    this.add.rectangle(OX + 4 * CELL, OY + 4 * CELL, 8 * CELL, 8 * CELL, 0x2e7d32);
    this.discs = [];
    this.turn = 0;
    for (let r = 0; r < 8; r++) {
      this.discs[r] = [];
      for (let c = 0; c < 8; c++) {
        const d = this.add.circle(OX + c * CELL + CELL / 2, OY + r * CELL + CELL / 2, 24).setVisible(false);
        this.discs[r][c] = d;
      }
    }
    [[3, 3, 1], [4, 4, 1], [3, 4, 0], [4, 3, 0]].forEach(([r, c, who]) => this.place(r, c, who));
    this.info = this.add.text(16, 16, 'Black to move', { fontSize: '20px', color: '#ffffff' });
    this.input.on('pointerdown', (p) => {
      const c = Math.floor((p.worldX - OX) / CELL), r = Math.floor((p.worldY - OY) / CELL);
      if (r < 0 || r > 7 || c < 0 || c > 7 || this.discs[r][c].visible) return;
      this.place(r, c, this.turn);
      this.turn = 1 - this.turn;
      this.info.setText(this.turn === 0 ? 'Black to move' : 'White to move');
    });
  }
  place(r, c, who) {
    const d = this.discs[r][c];
    d.fillColor = who === 0 ? 0x111111 : 0xf5f5f5;
    d.setVisible(true);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#3e2723', scene: Reversi });
