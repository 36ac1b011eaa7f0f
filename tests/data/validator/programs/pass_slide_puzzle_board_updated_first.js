// Sliding puzzle 3x3: click a tile next to the gap to slide it; when the tiles are back in order, show "Solved!"
const N = 3, S = 110, OX = 235, OY = 135;
class Slide extends Phaser.Scene {
  constructor() { super('slide'); }
  create() {
    this.board = [[1, 2, 3], [4, 5, 6], [7, 0, 8]];
    this.tiles = {};
    for (let r = 0; r < N; r++) for (let c = 0; c < N; c++) {
      const v = this.board[r][c];
      if (!v) continue;
      const t = this.add.container(OX + c * S, OY + r * S, [
        this.add.rectangle(0, 0, S - 6, S - 6, 0x5c6bc0),
        this.add.text(0, 0, String(v), { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5),
      ]).setSize(S - 6, S - 6).setInteractive();
      t.on('pointerdown', () => this.slide(v));
      this.tiles[v] = t;
    }
    this.msg = this.add.text(400, 40, '', { fontSize: '32px', color: '#ffeb3b' }).setOrigin(0.5);
    this.moves = 0;
  }
  find(v) { for (let r = 0; r < N; r++) for (let c = 0; c < N; c++) if (this.board[r][c] === v) return [r, c]; return null; }
  slide(v) {
    const [r, c] = this.find(v), [gr, gc] = this.find(0);
    if (Math.abs(r - gr) + Math.abs(c - gc) !== 1) return;
    this.board[gr][gc] = v;
    this.board[r][c] = 0;
    this.tweens.add({ targets: this.tiles[v], x: OX + gc * S, y: OY + gr * S, duration: 120 });
    this.moves += 1;
    this.checkSolved();
  }
  checkSolved() {
    const flat = this.board.flat();
    if (flat.slice(0, 8).every((v, i) => v === i + 1)) this.msg.setText('Solved in ' + this.moves + ' moves!');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1a237e', scene: Slide });
