// Chess knight moves: click the knight to see where it can jump; the highlight layer is made after the board's
// squares, so the highlights are drawn over them.
const S = 64;
const OX = 144;
const OY = 44;
class Knight extends Phaser.Scene {
  constructor() { super('knight'); }
  preload() {}
  create() {
    for (let r = 0; r < 8; r++) {
      for (let c = 0; c < 8; c++) {
        const sq = this.add.rectangle(OX + c * S + S / 2, OY + r * S + S / 2, S, S, (r + c) % 2 ? 0x769656 : 0xeeeed2);
        sq.setInteractive();
        sq.on('pointerup', () => this.pick(c, r));
      }
    }
    this.marks = this.add.graphics();
    this.pos = { c: 3, r: 4 };
    this.knight = this.add.text(OX + 3 * S + S / 2, OY + 4 * S + S / 2, 'N', { fontSize: '40px', color: '#000000' }).setOrigin(0.5);
    this.selected = false;
  }
  pick(c, r) {
    if (c === this.pos.c && r === this.pos.r) {
      this.selected = !this.selected;
      this.show();
      return;
    }
    if (this.selected && this.moves().some((m) => m.c === c && m.r === r)) {
      this.pos = { c, r };
      this.knight.setPosition(OX + c * S + S / 2, OY + r * S + S / 2);
    }
    this.selected = false;
    this.show();
  }
  moves() {
    const jumps = [[1, 2], [2, 1], [2, -1], [1, -2], [-1, -2], [-2, -1], [-2, 1], [-1, 2]];
    return jumps.map(([dc, dr]) => ({ c: this.pos.c + dc, r: this.pos.r + dr })).filter((m) => m.c >= 0 && m.c < 8 && m.r >= 0 && m.r < 8);
  }
  show() {
    this.marks.clear();
    if (!this.selected) return;
    this.marks.fillStyle(0x42a5f5, 0.7);
    this.moves().forEach((m) => this.marks.fillRect(OX + m.c * S, OY + m.r * S, S, S));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#312e2b', scene: Knight });
