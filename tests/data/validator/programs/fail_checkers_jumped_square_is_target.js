// Checkers for two players: click one of your pieces and then a diagonal square to move it forward, or jump over an adjacent enemy piece to capture it; pieces reaching the far row become kings, turns alternate, and a side with no pieces left loses.
const SIZE = 8;
const TILE = 64;
const OX = 144;
const OY = 44;

function cellCenter(r, c) {
  return { x: OX + c * TILE + TILE / 2, y: OY + r * TILE + TILE / 2 };
}

function placePiece(scene, r, c, color) {
  const { x, y } = cellCenter(r, c);
  const sprite = scene.add.circle(x, y, TILE * 0.38, color === 'red' ? 0xd62828 : 0x222222).setStrokeStyle(3, 0xf1f1f1);
  const crown = scene.add.text(x, y, 'K', { fontSize: '26px', color: '#ffd60a' }).setOrigin(0.5).setVisible(false);
  scene.board[r][c] = { color, king: false, sprite, crown };
}

function movePiece(scene, fr, fc, tr, tc) {
  const piece = scene.board[fr][fc];
  scene.board[tr][tc] = piece;
  scene.board[fr][fc] = null;
  const { x, y } = cellCenter(tr, tc);
  scene.tweens.add({ targets: [piece.sprite, piece.crown], x, y, duration: 180 });
  if ((piece.color === 'red' && tr === 0) || (piece.color === 'black' && tr === SIZE - 1)) {
    piece.king = true;
    piece.crown.setVisible(true);
  }
}

function tryMove(scene, fr, fc, tr, tc) {
  const piece = scene.board[fr][fc];
  if (scene.board[tr][tc]) return false;
  const dr = tr - fr;
  const dc = tc - fc;
  const forward = piece.color === 'red' ? -1 : 1;
  const allowed = piece.king ? [-1, 1] : [forward];

  if (Math.abs(dc) === 1 && allowed.includes(dr)) {
    movePiece(scene, fr, fc, tr, tc);
    return true;
  }
  if (Math.abs(dc) === 2 && allowed.includes(dr / 2)) {
    const mr = fr + dr / 2;
    const mc = fc + dc;
    const victim = scene.board[mr][mc];
    if (!victim || victim.color === piece.color) return false;
    victim.sprite.destroy();
    victim.crown.destroy();
    scene.board[mr][mc] = null;
    scene.remaining[victim.color]--;
    movePiece(scene, fr, fc, tr, tc);
    return true;
  }
  return false;
}

function create() {
  this.board = Array.from({ length: SIZE }, () => Array(SIZE).fill(null));
  this.turn = 'red';
  this.selected = null;
  this.winner = null;
  this.remaining = { red: 12, black: 12 };

  const g = this.add.graphics();
  for (let r = 0; r < SIZE; r++) {
    for (let c = 0; c < SIZE; c++) {
      g.fillStyle((r + c) % 2 ? 0x6b4226 : 0xe9d8a6, 1).fillRect(OX + c * TILE, OY + r * TILE, TILE, TILE);
      if ((r + c) % 2 === 1 && r < 3) placePiece(this, r, c, 'black');
      if ((r + c) % 2 === 1 && r > 4) placePiece(this, r, c, 'red');
    }
  }
  this.highlight = this.add.rectangle(0, 0, TILE, TILE).setStrokeStyle(4, 0x52b788).setVisible(false);
  this.status = this.add.text(400, 20, "Red's turn", { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);

  this.input.on('pointerdown', (pointer) => {
    if (this.winner) return;
    const c = Math.floor((pointer.x - OX) / TILE);
    const r = Math.floor((pointer.y - OY) / TILE);
    if (r < 0 || r >= SIZE || c < 0 || c >= SIZE) return;
    const clicked = this.board[r][c];
    if (clicked && clicked.color === this.turn) {
      this.selected = { r, c };
      this.highlight.setPosition(cellCenter(r, c).x, cellCenter(r, c).y).setVisible(true);
    } else if (this.selected && tryMove(this, this.selected.r, this.selected.c, r, c)) {
      this.selected = null;
      this.highlight.setVisible(false);
      const other = this.turn === 'red' ? 'black' : 'red';
      if (this.remaining[other] === 0) {
        this.winner = this.turn;
        this.status.setText(`${this.turn === 'red' ? 'Red' : 'Black'} wins!`);
      } else {
        this.turn = other;
        this.status.setText(`${other === 'red' ? 'Red' : 'Black'}'s turn`);
      }
    }
  });
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#2b2d42', scene: { create } });
