// Bomberman-style blast: click a cell to drop a bomb; after 1 s it clears its cell and the 8 cells around it
const N = 7, S = 50;
class Blast extends Phaser.Scene {
  constructor() { super('blast'); }
  create() {
    this.crates = [];
    for (let r = 0; r < N; r++) {
      this.crates[r] = [];
      for (let c = 0; c < N; c++) this.crates[r][c] = this.add.rectangle(130 + c * S, 30 + r * S, S - 4, S - 4, 0xa1887f);
    }
    this.input.on('pointerdown', (p) => {
      const c = Math.floor((p.x - 105) / S), r = Math.floor((p.y - 5) / S);
      if (r >= 0 && r < N && c >= 0 && c < N) this.time.delayedCall(1000, () => this.explode(r, c));
    });
  }
  explode(r, c) {
    const around = [[-1, -1], [-1, 0], [-1, 1], [0, -1], [0, 0], [0, 1], [1, -1], [1, 0], [1, 1]];
    for (const [dr, dc] of around) {
      const nr = r + dr, nc = c + dc;
      if (nr < 0 || nr >= N || nc < 0 || nc >= N) continue;
      this.crates[nr][nc].setVisible(false);
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Blast });
