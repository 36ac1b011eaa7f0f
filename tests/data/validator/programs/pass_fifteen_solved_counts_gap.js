// 15-puzzle: tiles 1-15 on a 4x4 board are shuffled with random legal moves; clicking a tile beside the gap slides it over, moves are counted, and putting 1-15 in order shows "Solved in N moves!".
const SIZE = 4, TILE = 90, OX = 20, OY = 70;

class FifteenScene extends Phaser.Scene {
  constructor() { super({ key: 'Fifteen' }); }

  create() {
    this.board = [...Array(15).keys()].map(i => i + 1).concat(0);
    this.moves = 0;
    this.solved = false;
    this.sliding = false;
    this.tiles = {};
    for (let n = 1; n <= 15; n++) {
      const bg = this.add.rectangle(0, 0, TILE - 6, TILE - 6, 0x2563eb).setStrokeStyle(2, 0x93c5fd);
      const label = this.add.text(0, 0, String(n), { fontSize: '34px', color: '#ffffff' }).setOrigin(0.5);
      const tile = this.add.container(0, 0, [bg, label]).setSize(TILE - 6, TILE - 6).setInteractive({ useHandCursor: true });
      tile.setData('n', n);
      this.tiles[n] = tile;
    }
    this.shuffle(300);
    this.placeAll();
    this.movesText = this.add.text(OX, 20, 'Moves: 0', { fontSize: '24px', color: '#e2e8f0' });
    this.input.on('gameobjectdown', (pointer, tile) => this.tryMove(tile.getData('n')));
  }

  cellPos(index) {
    return { x: OX + (index % SIZE) * TILE + TILE / 2, y: OY + Math.floor(index / SIZE) * TILE + TILE / 2 };
  }

  neighbours(index) {
    const r = Math.floor(index / SIZE), c = index % SIZE, out = [];
    if (r > 0) out.push(index - SIZE);
    if (r < SIZE - 1) out.push(index + SIZE);
    if (c > 0) out.push(index - 1);
    if (c < SIZE - 1) out.push(index + 1);
    return out;
  }

  shuffle(steps) {
    let prev = -1;
    for (let i = 0; i < steps; i++) {
      const gap = this.board.indexOf(0);
      const from = Phaser.Utils.Array.GetRandom(this.neighbours(gap).filter(j => j !== prev));
      [this.board[gap], this.board[from]] = [this.board[from], this.board[gap]];
      prev = gap;
    }
  }

  placeAll() {
    this.board.forEach((n, i) => { if (n) this.tiles[n].setPosition(this.cellPos(i).x, this.cellPos(i).y); });
  }

  tryMove(n) {
    if (this.solved || this.sliding) return;
    const index = this.board.indexOf(n), gap = this.board.indexOf(0);
    if (!this.neighbours(gap).includes(index)) return;
    this.board[gap] = n;
    this.board[index] = 0;
    this.sliding = true;
    this.tweens.add({
      targets: this.tiles[n], ...this.cellPos(gap), duration: 120, ease: 'Quad.easeOut',
      onComplete: () => { this.sliding = false; }
    });
    this.moves++;
    this.movesText.setText('Moves: ' + this.moves);
    if (this.isSolved()) {
      this.solved = true;
      this.add.text(OX + SIZE * TILE / 2, OY + SIZE * TILE + 30, `Solved in ${this.moves} moves!`, { fontSize: '28px', color: '#4ade80' }).setOrigin(0.5);
    }
  }

  isSolved() {
    return this.board.every((n, i) => n === (i + 1) % (SIZE * SIZE));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 500, backgroundColor: '#0f172a', scene: FifteenScene });
