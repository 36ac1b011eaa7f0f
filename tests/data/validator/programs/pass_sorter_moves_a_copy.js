// Drag-free sorter: click a tile to swap it with its left neighbour until 1 to 5 are in order; then Play Again restarts the same puzzle
const PUZZLE = { start: [3, 1, 5, 2, 4] };
class Sorter extends Phaser.Scene {
  create() {
    this.order = PUZZLE.start.slice();
    this.tiles = this.order.map((v, i) => this.add.text(200 + i * 100, 300, String(v), { fontSize: '40px', color: '#ffffff', backgroundColor: '#335' }).setOrigin(0.5).setInteractive());
    this.tiles.forEach((t, i) => t.on('pointerdown', () => this.swap(i)));
  }
  swap(i) {
    if (i === 0) return;
    const [moved] = this.order.splice(i, 1);
    this.order.splice(i - 1, 0, moved);
    this.tiles.forEach((t, j) => t.setText(String(this.order[j])));
    if (this.order.every((v, j) => v === j + 1)) {
      this.add.text(400, 450, 'Play Again', { fontSize: '30px', color: '#88ff88' }).setOrigin(0.5).setInteractive().on('pointerdown', () => this.scene.restart());
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Sorter });
