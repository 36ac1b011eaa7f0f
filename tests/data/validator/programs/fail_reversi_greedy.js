// Reversi against a greedy computer on an 8x8 board: you are Black and click a square marked with a dot (a move that flips at least one White disc in a straight line), then 0.5 s later White plays the move that leaves it with the most discs; a side with no legal move passes, the game ends when neither can move, and the disc counts are always shown; R restarts.
const CELL = 62;
const BX = 152;
const BY = 62;
const EMPTY = 0;
const BLACK = 1;
const WHITE = 2;
const DIRS = [[-1, -1], [-1, 0], [-1, 1], [0, -1], [0, 1], [1, -1], [1, 0], [1, 1]];

class Reversi extends Phaser.Scene {
  constructor() {
    super('Reversi');
  }

  create() {
    const board = Array.from({ length: 8 }, () => Array(8).fill(EMPTY));
    board[3][3] = WHITE; board[4][4] = WHITE;
    board[3][4] = BLACK; board[4][3] = BLACK;
    this.state = { board, turn: BLACK };
    this.over = false;

    this.add.rectangle(BX - 6, BY - 6, CELL * 8 + 12, CELL * 8 + 12, 0x0b3d20).setOrigin(0);
    this.discs = [];
    this.dots = [];
    for (let r = 0; r < 8; r++) {
      for (let c = 0; c < 8; c++) {
        const x = BX + c * CELL + CELL / 2;
        const y = BY + r * CELL + CELL / 2;
        this.add.rectangle(x, y, CELL - 2, CELL - 2, 0x1e7a46)
          .setInteractive({ useHandCursor: true })
          .on('pointerdown', () => this.humanMove(r, c));
        this.dots.push(this.add.circle(x, y, 6, 0x000000, 0.35));
        this.discs.push(this.add.circle(x, y, CELL / 2 - 6, 0x000000));
      }
    }
    this.score = this.add.text(400, 30, '', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    this.info = this.add.text(400, 575, '', { fontSize: '22px', color: '#ffe066' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
    this.redraw('Your move (Black)');
  }

  flipsFor(board, r, c, who) {
    if (board[r][c] !== EMPTY) return [];
    const foe = who === BLACK ? WHITE : BLACK;
    const flips = [];
    for (const [dr, dc] of DIRS) {
      const line = [];
      let rr = r + dr;
      let cc = c + dc;
      while (rr >= 0 && rr < 8 && cc >= 0 && cc < 8 && board[rr][cc] === foe) {
        line.push([rr, cc]);
        rr += dr;
        cc += dc;
      }
      if (line.length > 0 && rr >= 0 && rr < 8 && cc >= 0 && cc < 8 && board[rr][cc] === who) {
        flips.push(...line);
      }
    }
    return flips;
  }

  legalMoves(board, who) {
    const moves = [];
    for (let r = 0; r < 8; r++) {
      for (let c = 0; c < 8; c++) {
        if (this.flipsFor(board, r, c, who).length > 0) moves.push([r, c]);
      }
    }
    return moves;
  }

  apply(state, r, c) {
    const flips = this.flipsFor(state.board, r, c, state.turn);
    state.board[r][c] = state.turn;
    flips.forEach(([fr, fc]) => { state.board[fr][fc] = state.turn; });
    state.turn = state.turn === BLACK ? WHITE : BLACK;
  }

  count(board, who) {
    return board.flat().filter((v) => v === who).length;
  }

  humanMove(r, c) {
    if (this.over || this.state.turn !== BLACK || this.flipsFor(this.state.board, r, c, BLACK).length === 0) {
      return;
    }
    this.apply(this.state, r, c);
    this.nextTurn();
  }

  aiMove() {
    let best = null;
    let bestCount = -1;
    for (const [r, c] of this.legalMoves(this.state.board, WHITE)) {
      const sim = Phaser.Utils.Objects.Clone(this.state);
      this.apply(sim, r, c);
      const n = this.count(sim.board, WHITE);
      if (n > bestCount) {
        bestCount = n;
        best = [r, c];
      }
    }
    this.apply(this.state, best[0], best[1]);
    this.nextTurn();
  }

  nextTurn() {
    const who = this.state.turn;
    const other = who === BLACK ? WHITE : BLACK;
    if (this.legalMoves(this.state.board, who).length === 0) {
      if (this.legalMoves(this.state.board, other).length === 0) {
        this.over = true;
        const b = this.count(this.state.board, BLACK);
        const w = this.count(this.state.board, WHITE);
        this.redraw(b === w ? 'Draw!  R to restart' : (b > w ? 'You win!  R to restart' : 'White wins!  R to restart'));
        return;
      }
      this.state.turn = other;
      this.redraw(who === BLACK ? 'You have no move - pass' : 'White has no move - your turn again');
    } else {
      this.redraw(who === BLACK ? 'Your move (Black)' : 'White is thinking...');
    }
    if (this.state.turn === WHITE) {
      this.time.delayedCall(500, () => this.aiMove());
    }
  }

  redraw(msg) {
    const board = this.state.board;
    const hints = this.state.turn === BLACK && !this.over ? this.legalMoves(board, BLACK).map(([r, c]) => r * 8 + c) : [];
    for (let i = 0; i < 64; i++) {
      const v = board[Math.floor(i / 8)][i % 8];
      this.discs[i].setVisible(v !== EMPTY).setFillStyle(v === WHITE ? 0xf1f1f1 : 0x111111);
      this.dots[i].setVisible(hints.includes(i));
    }
    this.score.setText(`Black ${this.count(board, BLACK)}  -  ${this.count(board, WHITE)} White`);
    this.info.setText(msg);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#102a1c',
  scene: Reversi
};

new Phaser.Game(config);
