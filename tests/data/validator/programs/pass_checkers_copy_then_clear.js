// Checkers board: click a red piece, then an empty square diagonally ahead to move it there
class Checkers extends Phaser.Scene {
  create() {
    this.grid = [[0, 1, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0], [2, 0, 2, 0]];
    this.picked = null;
    this.view = this.add.graphics();
    this.input.on('pointerdown', (p) => this.click(Math.floor(p.y / 100), Math.floor(p.x / 100)));
    this.draw();
  }
  click(r, c) {
    if (r > 3 || c > 3) return;
    if (this.grid[r][c] === 1) { this.picked = [r, c]; return; }
    if (this.picked && this.grid[r][c] === 0) {
      const [r0, c0] = this.picked;
      this.grid[r][c] = this.grid[r0][c0];
      this.grid[r0][c0] = 0;
      this.picked = null;
      this.draw();
    }
  }
  draw() {
    this.view.clear();
    for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) {
      this.view.fillStyle((r + c) % 2 ? 0x664422 : 0xddccaa).fillRect(c * 100, r * 100, 100, 100);
      if (this.grid[r][c]) this.view.fillStyle(this.grid[r][c] === 1 ? 0xcc2222 : 0x111111).fillCircle(c * 100 + 50, r * 100 + 50, 35);
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Checkers });
