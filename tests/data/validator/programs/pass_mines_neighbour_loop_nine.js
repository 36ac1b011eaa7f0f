// A 5x5 minefield: each safe cell shows how many of its eight neighbours hold a mine
const MINES = [[0, 0, 1, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 1], [1, 0, 0, 0, 0]];
class Mines extends Phaser.Scene {
  create() {
    for (let y = 0; y < 5; y++) for (let x = 0; x < 5; x++) {
      const label = MINES[y][x] ? '*' : String(this.count(x, y));
      this.add.text(200 + x * 60, 100 + y * 60, label, { fontSize: '28px', color: '#ffffff' });
    }
  }
  count(x, y) {
    let n = 0;
    for (let i = 0; i < 9; i++) {
      const nx = x + (i % 3) - 1;
      const ny = y + Math.floor(i / 3) - 1;
      if ((nx !== x || ny !== y) && MINES[ny] && MINES[ny][nx]) n++;
    }
    return n;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Mines });
