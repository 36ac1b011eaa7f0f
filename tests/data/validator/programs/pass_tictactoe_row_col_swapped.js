// 做一个双人井字棋：两个人轮流点击 3×3 棋盘的格子落子（X 先手），横竖斜连成一线就获胜，下满没人赢就平局，结束后按 R 键重新开始
const CELL = 120;
const OX = 120;
const OY = 110;

const LINES = [
  [[0, 0], [0, 1], [0, 2]], [[1, 0], [1, 1], [1, 2]], [[2, 0], [2, 1], [2, 2]],
  [[0, 0], [1, 0], [2, 0]], [[0, 1], [1, 1], [2, 1]], [[0, 2], [1, 2], [2, 2]],
  [[0, 0], [1, 1], [2, 2]], [[0, 2], [1, 1], [2, 0]]
];

function findWinner(board) {
  for (const line of LINES) {
    const [a, b, c] = line.map(([r, k]) => board[r][k]);
    if (a && a === b && a === c) return { mark: a, line };
  }
  return null;
}

function playAt(scene, row, col) {
  if (scene.over || scene.board[row][col] !== '') return;
  const mark = scene.current;
  scene.board[row][col] = mark;
  scene.add.text(OX + col * CELL + CELL / 2, OY + row * CELL + CELL / 2, mark, {
    fontSize: '84px', fontStyle: 'bold', color: mark === 'X' ? '#ff6b6b' : '#4dabf7'
  }).setOrigin(0.5);

  const result = findWinner(scene.board);
  if (result) {
    scene.over = true;
    const [r0, c0] = result.line[0];
    const [r1, c1] = result.line[2];
    scene.add.graphics().lineStyle(10, 0xffd43b)
      .lineBetween(OX + c0 * CELL + CELL / 2, OY + r0 * CELL + CELL / 2, OX + c1 * CELL + CELL / 2, OY + r1 * CELL + CELL / 2);
    scene.info.setText(`${result.mark} 获胜！按 R 重新开始`);
  } else if (scene.board.every(r => r.every(v => v !== ''))) {
    scene.over = true;
    scene.info.setText('平局！按 R 重新开始');
  } else {
    scene.current = mark === 'X' ? 'O' : 'X';
    scene.info.setText(`轮到 ${scene.current}`);
  }
}

function create() {
  this.board = [['', '', ''], ['', '', ''], ['', '', '']];
  this.current = 'X';
  this.over = false;

  const grid = this.add.graphics();
  grid.lineStyle(6, 0xdee2e6);
  for (let i = 1; i < 3; i++) {
    grid.lineBetween(OX + i * CELL, OY, OX + i * CELL, OY + 3 * CELL);
    grid.lineBetween(OX, OY + i * CELL, OX + 3 * CELL, OY + i * CELL);
  }
  this.info = this.add.text(300, 50, '轮到 X', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5);

  this.input.on('pointerdown', (pointer) => {
    const col = Math.floor((pointer.x - OX) / CELL);
    const row = Math.floor((pointer.y - OY) / CELL);
    if (row < 0 || row > 2 || col < 0 || col > 2) return;
    playAt(this, row, col);
  });

  this.input.keyboard.on('keydown-R', () => this.scene.restart());
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 600,
  height: 520,
  backgroundColor: '#212529',
  scene: { create }
});
