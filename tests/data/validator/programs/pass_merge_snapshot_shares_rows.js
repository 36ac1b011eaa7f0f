// Make a 2048 game on a 4x4 grid: arrow keys slide and merge tiles, a new 2 or 4 appears after every move that changes the board, show the score, detect reaching 2048 (win) or no moves left (game over), and press R to restart.
const SIZE = 4;
const CELL = 100;
const OX = 50;
const OY = 120;
const COLORS = { 2: 0xeee4da, 4: 0xede0c8, 8: 0xf2b179, 16: 0xf59563, 32: 0xf67c5f, 64: 0xf65e3b,
  128: 0xedcf72, 256: 0xedcc61, 512: 0xedc850, 1024: 0xedc53f, 2048: 0xedc22e };
const DIRECTIONS = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

class Game2048 extends Phaser.Scene {
  constructor() {
    super('Game2048');
  }

  create() {
    this.grid = Array.from({ length: SIZE }, () => new Array(SIZE).fill(0));
    this.score = 0;
    this.state = 'playing';
    this.add.rectangle(OX + 200, OY + 200, 410, 410, 0xbbada0);
    for (let r = 0; r < SIZE; r++) {
      for (let c = 0; c < SIZE; c++) this.add.rectangle(OX + c * CELL + 50, OY + r * CELL + 50, 90, 90, 0xcdc1b4);
    }
    this.tileLayer = this.add.container(0, 0);
    this.scoreText = this.add.text(OX, 40, 'Score: 0', { fontSize: '30px', color: '#776e65', fontStyle: 'bold' });
    this.message = this.add.text(250, 540, '', { fontSize: '28px', color: '#776e65' }).setOrigin(0.5);
    this.spawnTile();
    this.spawnTile();
    this.draw();
    this.input.keyboard.on('keydown', (event) => {
      const dir = DIRECTIONS[event.code];
      if (dir && this.state === 'playing') this.move(dir);
    });
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
  }

  spawnTile() {
    const empty = [];
    this.grid.forEach((row, r) => row.forEach((v, c) => { if (v === 0) empty.push([r, c]); }));
    if (empty.length === 0) return;
    const [r, c] = Phaser.Utils.Array.GetRandom(empty);
    this.grid[r][c] = Math.random() < 0.9 ? 2 : 4;
  }

  lineCells(dir, k) {
    const idx = [0, 1, 2, 3];
    if (dir === 'right' || dir === 'down') idx.reverse();
    return idx.map(i => (dir === 'left' || dir === 'right') ? [k, i] : [i, k]);
  }

  slideLine(line) {
    const values = line.filter(v => v !== 0);
    const result = [];
    for (let i = 0; i < values.length; i++) {
      if (values[i] === values[i + 1]) {
        result.push(values[i] * 2);
        this.score += values[i] * 2;
        i++;
      } else {
        result.push(values[i]);
      }
    }
    while (result.length < SIZE) result.push(0);
    return result;
  }

  move(dir) {
    const before = this.grid.map(row => [...row]);
    for (let k = 0; k < SIZE; k++) {
      const cells = this.lineCells(dir, k);
      const merged = this.slideLine(cells.map(([r, c]) => this.grid[r][c]));
      cells.forEach(([r, c], i) => { this.grid[r][c] = merged[i]; });
    }
    const changed = this.grid.some((row, r) => row.some((v, c) => v !== before[r][c]));
    if (!changed) return;
    this.spawnTile();
    this.draw();
    if (this.grid.some(row => row.includes(2048))) {
      this.state = 'won';
      this.message.setText('You reached 2048! Press R');
    } else if (!this.canMove()) {
      this.state = 'over';
      this.message.setText('Game over! Press R');
    }
  }

  canMove() {
    for (let r = 0; r < SIZE; r++) {
      for (let c = 0; c < SIZE; c++) {
        const v = this.grid[r][c];
        if (v === 0) return true;
        if (c < SIZE - 1 && this.grid[r][c + 1] === v) return true;
        if (r < SIZE - 1 && this.grid[r + 1][c] === v) return true;
      }
    }
    return false;
  }

  draw() {
    this.tileLayer.removeAll(true);
    this.grid.forEach((row, r) => row.forEach((v, c) => {
      if (v === 0) return;
      const x = OX + c * CELL + 50;
      const y = OY + r * CELL + 50;
      const bg = this.add.rectangle(x, y, 90, 90, COLORS[v] || 0x3c3a32);
      const label = this.add.text(x, y, String(v), { fontSize: v >= 1024 ? '30px' : '40px', color: v <= 4 ? '#776e65' : '#f9f6f2', fontStyle: 'bold' }).setOrigin(0.5);
      this.tileLayer.add([bg, label]);
    }));
    this.scoreText.setText(`Score: ${this.score}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 500,
  height: 600,
  backgroundColor: '#faf8ef',
  scene: Game2048
});
