// Click the knight to show every tile it can reach in 3 steps (no diagonals); the tiles in reach are lit
const SIZE = 60;
const COLS = 10;
const ROWS = 8;
function reach(start, blocked, max) {
  const key = (x, y) => x + ',' + y;
  const dist = { [key(start.x, start.y)]: 0 };
  const queue = [start];
  while (queue.length > 0) {
    const cur = queue.pop();
    const d = dist[key(cur.x, cur.y)];
    if (d === max) continue;
    for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const nx = cur.x + dx;
      const ny = cur.y + dy;
      const k = key(nx, ny);
      if (nx < 0 || ny < 0 || nx >= COLS || ny >= ROWS || blocked.has(k) || k in dist) continue;
      dist[k] = d + 1;
      queue.push({ x: nx, y: ny });
    }
  }
  return Object.keys(dist);
}
class Reach extends Phaser.Scene {
  create() {
    this.knight = { x: 4, y: 4 };
    this.blocked = new Set(['5,4', '5,3']);
    this.lit = this.add.graphics();
    this.add.circle(this.knight.x * SIZE + SIZE / 2, this.knight.y * SIZE + SIZE / 2, 22, 0xffcc00).setInteractive().on('pointerdown', () => this.show());
  }
  show() {
    this.lit.clear().fillStyle(0x44aa66, 0.5);
    reach(this.knight, this.blocked, 3).forEach((k) => {
      const [x, y] = k.split(',').map(Number);
      this.lit.fillRect(x * SIZE + 2, y * SIZE + 2, SIZE - 4, SIZE - 4);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 480, scene: Reach });
