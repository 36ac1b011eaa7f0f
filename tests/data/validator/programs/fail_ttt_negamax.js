// Tic-tac-toe against an unbeatable computer: you are X and click an empty square of the 3x3 board to move first, and 400 ms later the computer (O) answers with a full minimax (negamax) search, so it always blocks your wins and never loses; the winning line is highlighted, the result is shown, and R starts a new game.
const CELL = 140;
const BOARD_X = 190;
const BOARD_Y = 90;
const LINES = [
  [0, 1, 2], [3, 4, 5], [6, 7, 8],
  [0, 3, 6], [1, 4, 7], [2, 5, 8],
  [0, 4, 8], [2, 4, 6]
];

class TicTacToe extends Phaser.Scene {
  constructor() {
    super('TicTacToe');
  }

  create() {
    this.board = Array(9).fill('');
    this.busy = false;
    this.over = false;
    this.marks = [];

    const g = this.add.graphics();
    g.lineStyle(6, 0x9aa5b1, 1);
    for (let i = 1; i < 3; i++) {
      g.lineBetween(BOARD_X + i * CELL, BOARD_Y, BOARD_X + i * CELL, BOARD_Y + 3 * CELL);
      g.lineBetween(BOARD_X, BOARD_Y + i * CELL, BOARD_X + 3 * CELL, BOARD_Y + i * CELL);
    }
    this.winGfx = this.add.graphics();

    for (let i = 0; i < 9; i++) {
      const x = BOARD_X + (i % 3) * CELL + CELL / 2;
      const y = BOARD_Y + Math.floor(i / 3) * CELL + CELL / 2;
      const zone = this.add.zone(x, y, CELL, CELL).setInteractive({ useHandCursor: true });
      zone.on('pointerdown', () => this.playerMove(i));
      this.marks.push(this.add.text(x, y, '', { fontSize: '96px', fontStyle: 'bold' }).setOrigin(0.5));
    }

    this.add.text(400, 30, 'You are X  -  R: new game', { fontSize: '24px', color: '#e4e7eb' }).setOrigin(0.5);
    this.status = this.add.text(400, 560, 'Your move', { fontSize: '28px', color: '#ffd166' }).setOrigin(0.5);
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
  }

  place(i, who) {
    this.board[i] = who;
    this.marks[i].setText(who).setColor(who === 'X' ? '#4cc9f0' : '#f72585').setScale(0.3);
    this.tweens.add({ targets: this.marks[i], scale: 1, duration: 180, ease: 'Back.easeOut' });
  }

  playerMove(i) {
    if (this.busy || this.over || this.board[i] !== '') {
      return;
    }
    this.place(i, 'X');
    if (this.checkEnd()) {
      return;
    }
    this.busy = true;
    this.status.setText('Computer is thinking...');
    this.time.delayedCall(400, () => {
      this.place(this.bestMove(), 'O');
      this.busy = false;
      if (!this.checkEnd()) {
        this.status.setText('Your move');
      }
    });
  }

  winnerLine(board) {
    return LINES.find(([a, b, c]) => board[a] !== '' && board[a] === board[b] && board[b] === board[c]);
  }

  negamax(board, player, depth) {
    if (this.winnerLine(board)) {
      return -(10 - depth);
    }
    if (board.every((c) => c !== '')) {
      return 0;
    }
    const other = player === 'X' ? 'O' : 'X';
    let best = -Infinity;
    for (let i = 0; i < 9; i++) {
      if (board[i] === '') {
        board[i] = player;
        best = Math.max(best, -this.negamax(board, other, depth + 1));
        board[i] = '';
      }
    }
    return best;
  }

  bestMove() {
    let bestScore = -Infinity;
    let move = -1;
    for (let i = 0; i < 9; i++) {
      if (this.board[i] === '') {
        this.board[i] = 'O';
        const score = this.negamax(this.board, 'X', 1);
        this.board[i] = '';
        if (score > bestScore) {
          bestScore = score;
          move = i;
        }
      }
    }
    return move;
  }

  checkEnd() {
    const line = this.winnerLine(this.board);
    if (line) {
      const who = this.board[line[0]];
      const cx = (i) => BOARD_X + (i % 3) * CELL + CELL / 2;
      const cy = (i) => BOARD_Y + Math.floor(i / 3) * CELL + CELL / 2;
      this.winGfx.lineStyle(10, 0xffd166, 0.9);
      this.winGfx.lineBetween(cx(line[0]), cy(line[0]), cx(line[2]), cy(line[2]));
      this.status.setText(who === 'X' ? 'You win!' : 'Computer wins!  (R to play again)');
      this.over = true;
      return true;
    }
    if (this.board.every((c) => c !== '')) {
      this.status.setText("Draw!  (R to play again)");
      this.over = true;
      return true;
    }
    return false;
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1f2933',
  scene: TicTacToe
};

new Phaser.Game(config);
