// Two-player checkers on an 8x8 board: Red (bottom) moves first, click one of your pieces and then a highlighted square to move it one square diagonally forward or jump diagonally over an adjacent enemy piece into the empty square behind it (the enemy piece is removed); one move or one jump per turn, a piece reaching the far row becomes a king that may also move backwards, and a player with no pieces or no legal move loses; the label at the top always names the player whose turn it is, and the pieces left for each side are shown.
const CELL = 64;
const BX = 144;
const BY = 60;
const RED = 0;
const BLACK = 1;
const NAMES = ['Red', 'Black'];

class Checkers extends Phaser.Scene {
  constructor() {
    super('Checkers');
  }

  create() {
    this.board = Array.from({ length: 8 }, (_, r) => Array.from({ length: 8 }, (__, c) => {
      if ((r + c) % 2 === 0) return null;
      if (r < 3) return { color: BLACK, king: false };
      if (r > 4) return { color: RED, king: false };
      return null;
    }));
    this.selected = null;
    this.targets = [];

    for (let r = 0; r < 8; r++) {
      for (let c = 0; c < 8; c++) {
        this.add.rectangle(BX + c * CELL, BY + r * CELL, CELL, CELL, (r + c) % 2 ? 0x7c4a2d : 0xf3dfc1).setOrigin(0);
      }
    }
    this.markGfx = this.add.graphics();
    this.pieceGfx = this.add.graphics();

    this.turnLabel = this.add.text(400, 28, '', { fontSize: '28px', fontStyle: 'bold' }).setOrigin(0.5);
    this.countLabel = this.add.text(400, 580, '', { fontSize: '20px', color: '#dddddd' }).setOrigin(0.5);

    this.data.set({ turn: RED, red: 12, black: 12, winner: -1 });
    this.showTurn(RED);
    this.showCounts();
    this.events.on('changedata-turn', (scene, value) => this.showTurn(value));
    this.events.on('changedata', (scene, key) => {
      if (key === 'red' || key === 'black') this.showCounts();
    });

    this.input.on('pointerdown', (p) => this.clickCell(Math.floor((p.y - BY) / CELL), Math.floor((p.x - BX) / CELL)));
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
    this.draw();
  }

  showTurn(turn) {
    this.turnLabel.setText(`${NAMES[turn]} to move`).setColor(turn === RED ? '#ff6b6b' : '#cfcfcf');
  }

  showCounts() {
    this.countLabel.setText(`Red pieces: ${this.data.get('red')}    Black pieces: ${this.data.get('black')}`);
  }

  inside(r, c) {
    return r >= 0 && r < 8 && c >= 0 && c < 8;
  }

  movesFrom(r, c) {
    const piece = this.board[r][c];
    const forward = piece.color === RED ? -1 : 1;
    const dirs = piece.king ? [[-1, -1], [-1, 1], [1, -1], [1, 1]] : [[forward, -1], [forward, 1]];
    const moves = [];
    for (const [dr, dc] of dirs) {
      const r1 = r + dr;
      const c1 = c + dc;
      if (!this.inside(r1, c1)) continue;
      const there = this.board[r1][c1];
      if (!there) {
        moves.push({ r: r1, c: c1, jumped: null });
      } else if (there.color !== piece.color && this.inside(r1 + dr, c1 + dc) && !this.board[r1 + dr][c1 + dc]) {
        moves.push({ r: r1 + dr, c: c1 + dc, jumped: [r1, c1] });
      }
    }
    return moves;
  }

  hasAnyMove(color) {
    for (let r = 0; r < 8; r++) {
      for (let c = 0; c < 8; c++) {
        if (this.board[r][c] && this.board[r][c].color === color && this.movesFrom(r, c).length > 0) return true;
      }
    }
    return false;
  }

  clickCell(r, c) {
    const turn = this.data.get('turn');
    if (this.data.get('winner') !== -1 || !this.inside(r, c)) return;
    const piece = this.board[r][c];
    if (piece && piece.color === turn) {
      this.selected = { r, c };
      this.targets = this.movesFrom(r, c);
      this.draw();
      return;
    }
    const move = this.targets.find((m) => m.r === r && m.c === c);
    if (!this.selected || !move) return;

    const moving = this.board[this.selected.r][this.selected.c];
    this.board[this.selected.r][this.selected.c] = null;
    this.board[r][c] = moving;
    if ((moving.color === RED && r === 0) || (moving.color === BLACK && r === 7)) {
      moving.king = true;
    }
    if (move.jumped) {
      this.board[move.jumped[0]][move.jumped[1]] = null;
      const key = turn === RED ? 'black' : 'red';
      this.data.set(key, this.data.get(key) - 1);
      this.cameras.main.shake(100, 0.003);
    }
    this.selected = null;
    this.targets = [];
    this.draw();

    const other = 1 - turn;
    if (this.data.get(other === RED ? 'red' : 'black') === 0 || !this.hasAnyMove(other)) {
      this.data.set('winner', turn);
      this.turnLabel.setText(`${NAMES[turn]} wins!  Press R`).setColor('#ffd166');
    } else {
      this.data.set('turn', other);
    }
  }

  draw() {
    this.markGfx.clear();
    if (this.selected) {
      this.markGfx.lineStyle(4, 0xffd166).strokeRect(BX + this.selected.c * CELL + 2, BY + this.selected.r * CELL + 2, CELL - 4, CELL - 4);
      this.markGfx.fillStyle(0x06d6a0, 0.6);
      this.targets.forEach((m) => this.markGfx.fillCircle(BX + m.c * CELL + CELL / 2, BY + m.r * CELL + CELL / 2, 10));
    }
    this.pieceGfx.clear();
    for (let r = 0; r < 8; r++) {
      for (let c = 0; c < 8; c++) {
        const p = this.board[r][c];
        if (!p) continue;
        const x = BX + c * CELL + CELL / 2;
        const y = BY + r * CELL + CELL / 2;
        this.pieceGfx.fillStyle(p.color === RED ? 0xd62828 : 0x1b1b1b).fillCircle(x, y, CELL / 2 - 8);
        this.pieceGfx.lineStyle(2, 0xeeeeee, 0.6).strokeCircle(x, y, CELL / 2 - 14);
        if (p.king) {
          this.pieceGfx.fillStyle(0xffd166).fillCircle(x, y, 9);
        }
      }
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2f3e46',
  scene: Checkers
};

new Phaser.Game(config);
