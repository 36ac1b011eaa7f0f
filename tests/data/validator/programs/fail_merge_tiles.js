// 2048 on a 4x4 board: arrow keys slide every tile as far as it goes, two equal tiles that meet merge into their sum and add it to the score, and a tile made by a merge cannot merge again in the same move (2 2 4 slid left gives 4 4, not 8). After each move that changes the board a new 2 or 4 appears in a random empty cell.
const SIZE = 4, TILE = 100, GAP = 10, LEFT = 400 - (SIZE * TILE + (SIZE + 1) * GAP) / 2, TOP = 130;
const TILE_COLORS = { 0: 0xcdc1b4, 2: 0xeee4da, 4: 0xede0c8, 8: 0xf2b179, 16: 0xf59563, 32: 0xf67c5f, 64: 0xf65e3b, 128: 0xedcf72, 256: 0xedcc61, 512: 0xedc850, 1024: 0xedc53f, 2048: 0xedc22e };

function slideLine(line) {
  const out = line.slice();
  let gained = 0;
  for (let i = 1; i < SIZE; i++) {
    if (!out[i]) continue;
    let j = i;
    while (j > 0 && out[j - 1] === 0) {
      out[j - 1] = out[j];
      out[j] = 0;
      j--;
    }
    if (j > 0 && out[j - 1] === out[j]) {
      out[j - 1] *= 2;
      out[j] = 0;
      gained += out[j - 1];
    }
  }
  return { out, gained };
}

const boardScene = {
  key: 'board',

  create() {
    this.grid = Array.from({ length: SIZE }, () => new Array(SIZE).fill(0));
    this.score = 0;
    this.over = false;
    this.gfx = this.add.graphics();
    this.labels = [];
    for (let r = 0; r < SIZE; r++) {
      this.labels.push([]);
      for (let c = 0; c < SIZE; c++) {
        const x = LEFT + GAP + c * (TILE + GAP) + TILE / 2, y = TOP + GAP + r * (TILE + GAP) + TILE / 2;
        this.labels[r].push(this.add.text(x, y, '', { fontSize: '40px', fontStyle: 'bold', color: '#776e65' }).setOrigin(0.5));
      }
    }
    this.scoreText = this.add.text(400, 60, '', { fontSize: '32px', color: '#776e65' }).setOrigin(0.5);
    this.msg = this.add.text(400, 580, 'Arrow keys to slide', { fontSize: '22px', color: '#776e65' }).setOrigin(0.5, 1);
    const dirs = { LEFT: [0, -1], RIGHT: [0, 1], UP: [-1, 0], DOWN: [1, 0] };
    Object.keys(dirs).forEach(name => {
      this.input.keyboard.on('keydown-' + name, () => this.move(dirs[name][0], dirs[name][1]));
    });
    this.spawn();
    this.spawn();
    this.draw();
  },

  extend: {
    cellsOfLine(index, dr, dc) {
      const cells = [];
      for (let k = 0; k < SIZE; k++) {
        if (dc === -1) cells.push([index, k]);
        else if (dc === 1) cells.push([index, SIZE - 1 - k]);
        else if (dr === -1) cells.push([k, index]);
        else cells.push([SIZE - 1 - k, index]);
      }
      return cells;
    },

    move(dr, dc) {
      if (this.over) return;
      let moved = false;
      for (let i = 0; i < SIZE; i++) {
        const cells = this.cellsOfLine(i, dr, dc);
        const { out, gained } = slideLine(cells.map(([r, c]) => this.grid[r][c]));
        cells.forEach(([r, c], k) => {
          if (this.grid[r][c] !== out[k]) moved = true;
          this.grid[r][c] = out[k];
        });
        this.score += gained;
      }
      if (!moved) return;
      this.spawn();
      this.draw();
      if (!this.canMove()) {
        this.over = true;
        this.msg.setText('No moves left - game over');
      }
    },

    spawn() {
      const empty = [];
      for (let r = 0; r < SIZE; r++) for (let c = 0; c < SIZE; c++) if (!this.grid[r][c]) empty.push([r, c]);
      if (!empty.length) return;
      const [r, c] = Phaser.Utils.Array.GetRandom(empty);
      this.grid[r][c] = Math.random() < 0.9 ? 2 : 4;
    },

    canMove() {
      for (let r = 0; r < SIZE; r++) {
        for (let c = 0; c < SIZE; c++) {
          const v = this.grid[r][c];
          if (!v) return true;
          if (c + 1 < SIZE && this.grid[r][c + 1] === v) return true;
          if (r + 1 < SIZE && this.grid[r + 1][c] === v) return true;
        }
      }
      return false;
    },

    draw() {
      this.gfx.clear();
      this.gfx.fillStyle(0xbbada0, 1);
      this.gfx.fillRoundedRect(LEFT, TOP, SIZE * TILE + (SIZE + 1) * GAP, SIZE * TILE + (SIZE + 1) * GAP, 12);
      for (let r = 0; r < SIZE; r++) {
        for (let c = 0; c < SIZE; c++) {
          const v = this.grid[r][c];
          this.gfx.fillStyle(TILE_COLORS[v] || 0x3c3a32, 1);
          this.gfx.fillRoundedRect(LEFT + GAP + c * (TILE + GAP), TOP + GAP + r * (TILE + GAP), TILE, TILE, 8);
          this.labels[r][c].setText(v ? String(v) : '').setColor(v > 4 ? '#f9f6f2' : '#776e65')
            .setFontSize(v >= 1024 ? 30 : 40);
        }
      }
      this.scoreText.setText('Score: ' + this.score);
    }
  }
};

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#faf8ef',
  scene: boardScene
};

new Phaser.Game(config);
