// 做一个双人四子棋（Connect Four）：7 列 6 行，点击某一列让棋子从顶部掉到该列最低的空位（要有下落动画），红黄轮流，横竖斜任意四子连成一线获胜，棋盘下满就是平局，按 R 重新开始
const COLS = 7;
const ROWS = 6;
const CELL = 80;
const OX = 40;
const OY = 120;
const DIRS = [[0, 1], [1, 0], [1, 1], [1, -1]];
const PLAYERS = { 1: { name: '红方', color: 0xe03131 }, 2: { name: '黄方', color: 0xfcc419 } };

new Phaser.Game({
  type: Phaser.AUTO,
  width: 640,
  height: 640,
  backgroundColor: '#f1f3f5',
  scene: {
    key: 'ConnectFour',
    create() {
      this.board = Array.from({ length: ROWS }, () => new Array(COLS).fill(0));
      this.current = 1;
      this.busy = false;
      this.over = false;

      this.add.rectangle(OX + COLS * CELL / 2, OY + ROWS * CELL / 2, COLS * CELL, ROWS * CELL, 0x1c7ed6);
      for (let r = 0; r < ROWS; r++) {
        for (let c = 0; c < COLS; c++) this.add.circle(OX + c * CELL + CELL / 2, OY + r * CELL + CELL / 2, 32, 0xf1f3f5);
      }
      this.info = this.add.text(320, 50, '红方回合', { fontSize: '30px', color: '#212529' }).setOrigin(0.5);

      this.input.on('pointerdown', (pointer) => {
        const col = Math.floor((pointer.x - OX) / CELL);
        if (col >= 0 && col < COLS) this.dropInto(col);
      });
      this.input.keyboard.on('keydown-R', () => this.scene.restart());
    },
    extend: {
      dropInto(col) {
        if (this.busy || this.over) return;
        let row = -1;
        for (let r = ROWS - 1; r >= 0; r--) {
          if (this.board[r][col] === 0) { row = r; break; }
        }
        if (row < 0) return;

        const player = this.current;
        this.board[row][col] = player;
        this.busy = true;
        const disc = this.add.circle(OX + col * CELL + CELL / 2, OY - CELL / 2, 32, PLAYERS[player].color);
        this.tweens.add({
          targets: disc,
          y: OY + row * CELL + CELL / 2,
          duration: 250 + row * 60,
          ease: 'Bounce.easeOut',
          onComplete: () => {
            this.busy = false;
            this.afterMove(player);
          }
        });
      },
      afterMove(player) {
        if (this.hasFour(player)) {
          this.over = true;
          this.info.setText(`${PLAYERS[player].name}获胜！按 R 重新开始`);
        } else if (this.board[0].every(v => v !== 0)) {
          this.over = true;
          this.info.setText('平局！按 R 重新开始');
        } else {
          this.current = player === 1 ? 2 : 1;
          this.info.setText(`${PLAYERS[this.current].name}回合`);
        }
      },
      hasFour(player) {
        for (let r = 0; r < ROWS; r++) {
          for (let c = 0; c < COLS; c++) {
            if (this.board[r][c] !== player) continue;
            for (const [dr, dc] of DIRS) {
              const endR = r + 4 * dr;
              const endC = c + 4 * dc;
              if (endR < 0 || endR >= ROWS || endC < 0 || endC >= COLS) continue;
              let k = 1;
              while (k < 4 && this.board[r + k * dr][c + k * dc] === player) k++;
              if (k === 4) return true;
            }
          }
        }
        return false;
      }
    }
  }
});
