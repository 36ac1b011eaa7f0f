// 15-puzzle: clicking any tile in the same row or column as the gap slides that tile and every tile between it and the gap one step toward the gap, as one move. The board starts shuffled with legal moves, the move counter counts clicks that slide, and "Solved in N moves!" appears when the tiles read 1-15 in order.
const N = 4, SIZE = 110, X0 = 400 - (N * SIZE) / 2, Y0 = 110;

class FifteenScene extends Phaser.Scene {
  constructor() { super('Fifteen'); }

  create() {
    this.board = [];
    for (let r = 0; r < N; r++) {
      this.board.push([]);
      for (let c = 0; c < N; c++) {
        const num = r * N + c + 1;
        if (num === N * N) { this.board[r].push(null); continue; }
        const tile = this.add.container(this.px(c), this.py(r), [
          this.add.rectangle(0, 0, SIZE - 8, SIZE - 8, 0xe8590c).setStrokeStyle(3, 0xffa94d),
          this.add.text(0, 0, String(num), { fontSize: '44px', fontStyle: 'bold', color: '#fff4e6' }).setOrigin(0.5)
        ]);
        tile.setSize(SIZE - 8, SIZE - 8).setInteractive({ useHandCursor: true });
        tile.setData('num', num);
        tile.on('pointerdown', () => this.clickTile(tile));
        this.board[r].push(tile);
      }
    }
    this.shuffle(300);
    this.moves = 0;
    this.busy = false;
    this.solved = false;
    this.hud = this.add.text(400, 55, 'Moves: 0', { fontSize: '30px', color: '#f1f3f5' }).setOrigin(0.5);
  }

  px(c) { return X0 + c * SIZE + SIZE / 2; }
  py(r) { return Y0 + r * SIZE + SIZE / 2; }

  find(target) {
    for (let r = 0; r < N; r++) for (let c = 0; c < N; c++) if (this.board[r][c] === target) return { r, c };
    return null;
  }

  shuffle(steps) {
    let last = null;
    for (let i = 0; i < steps; i++) {
      const gap = this.find(null);
      const options = [[0, 1], [0, -1], [1, 0], [-1, 0]]
        .map(([dr, dc]) => ({ r: gap.r + dr, c: gap.c + dc }))
        .filter(p => p.r >= 0 && p.r < N && p.c >= 0 && p.c < N && this.board[p.r][p.c] !== last);
      const pick = Phaser.Utils.Array.GetRandom(options);
      last = this.board[pick.r][pick.c];
      this.shift(pick, gap);
    }
    this.board.forEach((row, r) => row.forEach((tile, c) => { if (tile) tile.setPosition(this.px(c), this.py(r)); }));
  }

  shift(from, gap) {
    if (from.r === gap.r) {
      const step = Math.sign(gap.c - from.c);
      for (let c = gap.c; c !== from.c; c -= step) this.board[from.r][c] = this.board[from.r][c - step];
    } else {
      const step = Math.sign(gap.r - from.r);
      for (let r = gap.r; r !== from.r; r -= step) this.board[r][from.c] = this.board[r - step][from.c];
    }
    this.board[from.r][from.c] = null;
  }

  clickTile(tile) {
    if (this.busy || this.solved) return;
    const from = this.find(tile);
    const gap = this.find(null);
    if (!from || (from.r !== gap.r && from.c !== gap.c)) return;
    this.shift(from, gap);
    this.moves++;
    this.hud.setText('Moves: ' + this.moves);
    this.busy = true;
    this.board.forEach((row, r) => row.forEach((t, c) => {
      if (t && (t.x !== this.px(c) || t.y !== this.py(r))) {
        this.tweens.add({ targets: t, x: this.px(c), y: this.py(r), duration: 120 });
      }
    }));
    this.time.delayedCall(140, () => {
      this.busy = false;
      this.checkSolved();
    });
  }

  checkSolved() {
    for (let i = 0; i < N * N - 1; i++) {
      const t = this.board[Math.floor(i / N)][i % N];
      if (!t || t.getData('num') !== i + 1) return;
    }
    this.solved = true;
    this.hud.setText('Solved in ' + this.moves + ' moves!').setColor('#8ce99a');
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2b2d42',
  scene: FifteenScene
};

new Phaser.Game(config);
