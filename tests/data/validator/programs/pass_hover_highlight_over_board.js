// Board game: hovering a square highlights the 3x3 area a stone placed there would capture; click to place a stone
const SQ = 60, N = 8, OX = 160, OY = 60;
class BoardScene extends Phaser.Scene {
  constructor() { super('board'); }
  create() {
    this.highlight = this.add.graphics().setDepth(1);
    for (let r = 0; r < N; r++) {
      for (let c = 0; c < N; c++) {
        this.add.rectangle(OX + c * SQ + SQ / 2, OY + r * SQ + SQ / 2, SQ, SQ, (r + c) % 2 ? 0x6d4c41 : 0xd7ccc8);
      }
    }
    this.input.on('pointermove', (p) => {
      const c = Math.floor((p.x - OX) / SQ), r = Math.floor((p.y - OY) / SQ);
      this.highlight.clear();
      if (c < 1 || r < 1 || c >= N - 1 || r >= N - 1) return;
      this.highlight.fillStyle(0xffeb3b, 0.6).fillRect(OX + (c - 1) * SQ, OY + (r - 1) * SQ, 3 * SQ, 3 * SQ);
    });
    this.input.on('pointerdown', (p) => {
      const c = Math.floor((p.x - OX) / SQ), r = Math.floor((p.y - OY) / SQ);
      if (c < 0 || r < 0 || c >= N || r >= N) return;
      this.add.circle(OX + c * SQ + SQ / 2, OY + r * SQ + SQ / 2, SQ / 2 - 6, 0x212121);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#3e2723', scene: BoardScene });
