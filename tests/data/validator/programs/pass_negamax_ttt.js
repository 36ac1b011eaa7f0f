// Tic-tac-toe against a perfect AI: you play X and move first by clicking an empty cell; 400 ms later the AI plays O, choosing its move with a full negamax search so it never loses and takes a win when it has one. A completed line is highlighted and the result (win, loss or draw) is shown with a running tally; a click after the game ends starts a new game.
const LINES = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];
const CELL = 150;
const OX = 175;
const OY = 110;

function winLine(b) {
  return LINES.find(([a, c, d]) => b[a] && b[a] === b[c] && b[a] === b[d]) || null;
}

function other(p) {
  return p === 'X' ? 'O' : 'X';
}

function negamax(b, toMove, depth) {
  const line = winLine(b);
  if (line) return b[line[0]] === toMove ? 10 - depth : depth - 10;
  if (!b.some(v => v === null)) return 0;
  let best = -Infinity;
  for (let i = 0; i < 9; i++) {
    if (b[i] !== null) continue;
    b[i] = toMove;
    best = Math.max(best, -negamax(b, other(toMove), depth + 1));
    b[i] = null;
  }
  return best;
}

function bestMove(b) {
  let best = -Infinity;
  let move = -1;
  for (let i = 0; i < 9; i++) {
    if (b[i] !== null) continue;
    b[i] = 'O';
    const score = -negamax(b, 'X', 1);
    b[i] = null;
    if (score > best) {
      best = score;
      move = i;
    }
  }
  return move;
}

class Board extends Phaser.Scene {
  constructor() {
    super('board');
    this.tally = { win: 0, loss: 0, draw: 0 };
  }

  create() {
    this.board = Array(9).fill(null);
    this.turn = 'X';
    this.over = false;
    const g = this.add.graphics().lineStyle(6, 0xeceff1);
    for (let k = 1; k < 3; k++) {
      g.lineBetween(OX + k * CELL, OY, OX + k * CELL, OY + 3 * CELL);
      g.lineBetween(OX, OY + k * CELL, OX + 3 * CELL, OY + k * CELL);
    }
    this.marks = this.add.group();
    this.status = this.add.text(400, 50, 'Your move (X)', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5);
    this.tallyText = this.add.text(400, 580, '', { fontSize: '20px', color: '#b0bec5' }).setOrigin(0.5);
    this.showTally();
    this.input.on('pointerdown', p => this.click(p));
  }

  click(p) {
    if (this.over) {
      this.scene.restart();
      return;
    }
    if (this.turn !== 'X') return;
    const c = Math.floor((p.x - OX) / CELL);
    const r = Math.floor((p.y - OY) / CELL);
    if (c < 0 || c > 2 || r < 0 || r > 2) return;
    const i = r * 3 + c;
    if (this.board[i] !== null) return;
    this.place(i, 'X');
    if (this.checkEnd()) return;
    this.turn = 'O';
    this.status.setText('AI thinking...');
    this.time.delayedCall(400, () => {
      this.place(bestMove(this.board), 'O');
      if (this.checkEnd()) return;
      this.turn = 'X';
      this.status.setText('Your move (X)');
    });
  }

  place(i, who) {
    this.board[i] = who;
    const x = OX + (i % 3) * CELL + CELL / 2;
    const y = OY + Math.floor(i / 3) * CELL + CELL / 2;
    this.marks.add(this.add.text(x, y, who, { fontSize: '96px', color: who === 'X' ? '#4fc3f7' : '#ff8a65', fontStyle: 'bold' }).setOrigin(0.5));
  }

  checkEnd() {
    const line = winLine(this.board);
    if (line) {
      const winner = this.board[line[0]];
      const g = this.add.graphics().lineStyle(10, 0xffeb3b);
      const pos = i => [OX + (i % 3) * CELL + CELL / 2, OY + Math.floor(i / 3) * CELL + CELL / 2];
      const [x1, y1] = pos(line[0]);
      const [x2, y2] = pos(line[2]);
      g.lineBetween(x1, y1, x2, y2);
      this.finish(winner === 'X' ? 'win' : 'loss', winner === 'X' ? 'You win!' : 'The AI wins!');
      return true;
    }
    if (this.board.every(v => v !== null)) {
      this.finish('draw', 'Draw!');
      return true;
    }
    return false;
  }

  finish(kind, text) {
    this.over = true;
    this.tally[kind]++;
    this.status.setText(text + '  Click for a new game');
    this.showTally();
  }

  showTally() {
    this.tallyText.setText('Wins ' + this.tally.win + '   Losses ' + this.tally.loss + '   Draws ' + this.tally.draw);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: Board });
