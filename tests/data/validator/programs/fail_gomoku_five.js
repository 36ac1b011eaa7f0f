// Gomoku for two players on a 15x15 board: Black and White take turns clicking an empty intersection to place a stone (Black first); the first player with five or more stones in an unbroken line (horizontal, vertical or diagonal) wins, the winning stones pulse, and each colour's number of wins is kept in localStorage and shown at the top; R starts a new game.
const SIZE = 15;
const GAP = 34;
const OX = 162;
const OY = 80;
const DIRS = [[0, 1], [1, 0], [1, 1], [1, -1]];
const STORE_KEY = 'gomoku-wins';

class Gomoku extends Phaser.Scene {
  constructor() {
    super('Gomoku');
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0x111111).fillCircle(15, 15, 15).fillStyle(0x555555).fillCircle(10, 10, 4);
    g.generateTexture('black', 30, 30);
    g.clear();
    g.fillStyle(0xf5f5f5).fillCircle(15, 15, 15).lineStyle(1, 0x999999).strokeCircle(15, 15, 14);
    g.generateTexture('white', 30, 30);
    g.destroy();
  }

  create() {
    this.grid = Array.from({ length: SIZE }, () => Array(SIZE).fill(null));
    this.stones = Array.from({ length: SIZE }, () => Array(SIZE).fill(null));
    this.turn = 'black';
    this.over = false;
    this.wins = JSON.parse(localStorage.getItem(STORE_KEY) || '{"black":0,"white":0}');

    this.add.rectangle(OX - 25, OY - 25, GAP * (SIZE - 1) + 50, GAP * (SIZE - 1) + 50, 0xdcb35c).setOrigin(0);
    const lines = this.add.graphics().lineStyle(1, 0x3b2a10, 1);
    for (let i = 0; i < SIZE; i++) {
      lines.lineBetween(OX, OY + i * GAP, OX + (SIZE - 1) * GAP, OY + i * GAP);
      lines.lineBetween(OX + i * GAP, OY, OX + i * GAP, OY + (SIZE - 1) * GAP);
    }
    this.marker = this.add.circle(0, 0, 4, 0xe63946).setDepth(2).setVisible(false);

    this.tally = this.add.text(400, 22, '', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    this.info = this.add.text(400, 578, '', { fontSize: '22px', color: '#ffe066' }).setOrigin(0.5);
    this.showTally();
    this.info.setText('Black to play');

    this.input.on('pointerdown', (p) => {
      const c = Math.round((p.x - OX) / GAP);
      const r = Math.round((p.y - OY) / GAP);
      if (r >= 0 && r < SIZE && c >= 0 && c < SIZE) {
        this.play(r, c);
      }
    });
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
  }

  showTally() {
    this.tally.setText(`Wins  -  Black: ${this.wins.black}   White: ${this.wins.white}`);
  }

  play(r, c) {
    if (this.over || this.grid[r][c]) {
      return;
    }
    this.grid[r][c] = this.turn;
    this.stones[r][c] = this.add.image(OX + c * GAP, OY + r * GAP, this.turn).setDepth(1);
    this.marker.setPosition(OX + c * GAP, OY + r * GAP).setVisible(true);

    const line = this.findLine(r, c, this.turn);
    if (line) {
      this.over = true;
      this.wins[this.turn] += 1;
      localStorage.setItem(STORE_KEY, JSON.stringify(this.wins));
      this.showTally();
      this.info.setText(`${this.turn === 'black' ? 'Black' : 'White'} wins!  Press R for a new game`);
      this.tweens.add({
        targets: line.map(([lr, lc]) => this.stones[lr][lc]),
        scale: 1.25,
        duration: 350,
        yoyo: true,
        repeat: -1
      });
      return;
    }
    this.turn = this.turn === 'black' ? 'white' : 'black';
    this.info.setText(`${this.turn === 'black' ? 'Black' : 'White'} to play`);
  }

  run(r, c, dr, dc, who) {
    const cells = [];
    let rr = r;
    let cc = c;
    while (rr >= 0 && rr < SIZE && cc >= 0 && cc < SIZE && this.grid[rr][cc] === who) {
      cells.push([rr, cc]);
      rr += dr;
      cc += dc;
    }
    return cells;
  }

  findLine(r, c, who) {
    for (const [dr, dc] of DIRS) {
      const forward = this.run(r, c, dr, dc, who);
      const backward = this.run(r, c, -dr, -dc, who);
      if (forward.length + backward.length >= 5) {
        return forward.concat(backward.slice(1));
      }
    }
    return null;
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#264653',
  scene: Gomoku
};

new Phaser.Game(config);
