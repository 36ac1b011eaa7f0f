// Reversi for two players: click an empty square to place a disc that outflanks opponent discs, every opponent line bracketed between the new disc and another of yours flips, a player with no legal move passes, and the game ends with the disc count and winner.
const N = 8;
const CELL = 60;
const LEFT = 160;
const TOP = 70;
const DIRS = [[-1, -1], [-1, 0], [-1, 1], [0, -1], [0, 1], [1, -1], [1, 0], [1, 1]];
const COLORS = { 1: 0x111111, 2: 0xf8f9fa };
const NAMES = { 1: 'Black', 2: 'White' };

function inside(r, c) {
  return r >= 0 && r < N && c >= 0 && c < N;
}

function flipsFor(board, r, c, player) {
  if (board[r][c] !== 0) return [];
  const opponent = 3 - player;
  const flips = [];
  for (const [dr, dc] of DIRS) {
    const line = [];
    let rr = r + dr;
    let cc = c + dc;
    while (inside(rr, cc) && board[rr][cc] === opponent) {
      line.push([rr, cc]);
      rr += dr;
      cc += dc;
    }
    if (line.length > 0 && inside(rr, cc)) flips.push(...line);
  }
  return flips;
}

function hasMove(board, player) {
  for (let r = 0; r < N; r++) {
    for (let c = 0; c < N; c++) {
      if (flipsFor(board, r, c, player).length > 0) return true;
    }
  }
  return false;
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b263b',
  scene: {
    create() {
      this.board = Array.from({ length: N }, () => Array(N).fill(0));
      this.discs = Array.from({ length: N }, () => Array(N).fill(null));
      this.current = 1;
      this.over = false;

      const g = this.add.graphics();
      g.fillStyle(0x2d6a4f, 1).fillRect(LEFT, TOP, N * CELL, N * CELL);
      g.lineStyle(2, 0x081c15, 1);
      for (let i = 0; i <= N; i++) {
        g.lineBetween(LEFT + i * CELL, TOP, LEFT + i * CELL, TOP + N * CELL);
        g.lineBetween(LEFT, TOP + i * CELL, LEFT + N * CELL, TOP + i * CELL);
      }
      this.status = this.add.text(400, 30, '', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);

      this.setDisc = (r, c, player) => {
        this.board[r][c] = player;
        if (!this.discs[r][c]) {
          this.discs[r][c] = this.add.circle(LEFT + c * CELL + CELL / 2, TOP + r * CELL + CELL / 2, CELL * 0.4, COLORS[player]);
          return;
        }
        const disc = this.discs[r][c];
        this.tweens.add({ targets: disc, scaleX: 0, duration: 90, yoyo: true, onYoyo: () => disc.setFillStyle(COLORS[player]) });
      };
      this.refreshStatus = () => {
        const flat = this.board.flat();
        const black = flat.filter((v) => v === 1).length;
        const white = flat.filter((v) => v === 2).length;
        this.score = { black, white };
        if (this.over) {
          const result = black === white ? 'Draw' : `${black > white ? 'Black' : 'White'} wins`;
          this.status.setText(`Game over - ${result} (${black} : ${white})`);
        } else {
          this.status.setText(`${NAMES[this.current]} to move   Black ${black} : ${white} White`);
        }
      };

      this.setDisc(3, 3, 2); this.setDisc(4, 4, 2);
      this.setDisc(3, 4, 1); this.setDisc(4, 3, 1);
      this.refreshStatus();

      this.input.on('pointerdown', (pointer) => {
        if (this.over) return;
        const c = Math.floor((pointer.x - LEFT) / CELL);
        const r = Math.floor((pointer.y - TOP) / CELL);
        if (!inside(r, c)) return;
        const flips = flipsFor(this.board, r, c, this.current);
        if (flips.length === 0) return;
        this.setDisc(r, c, this.current);
        flips.forEach(([fr, fc]) => this.setDisc(fr, fc, this.current));

        const next = 3 - this.current;
        if (hasMove(this.board, next)) this.current = next;
        else if (!hasMove(this.board, this.current)) this.over = true;
        this.refreshStatus();
      });
    }
  }
});
