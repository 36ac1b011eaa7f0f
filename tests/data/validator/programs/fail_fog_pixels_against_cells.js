// Fog of war: move the scout with the arrow keys (one 40 px cell a press); cells within 3 cells of it are revealed
const TILE = 40, COLS = 15, ROWS = 10, SIGHT = 3;
class Fog extends Phaser.Scene {
  constructor() { super('fog'); }
  create() {
    this.add.rectangle(300, 200, 600, 400, 0x2e7d32);
    this.scout = this.add.circle(TILE * 7 + 20, TILE * 5 + 20, 14, 0xffffff).setDepth(2);
    this.fog = [];
    for (let y = 0; y < ROWS; y++) {
      this.fog.push([]);
      for (let x = 0; x < COLS; x++) this.fog[y].push(this.add.rectangle(x * TILE + 20, y * TILE + 20, TILE, TILE, 0x000000).setDepth(1));
    }
    this.input.keyboard.on('keydown', (e) => {
      const d = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[e.key];
      if (!d) return;
      this.scout.x = Phaser.Math.Clamp(this.scout.x + d[0] * TILE, 20, 580);
      this.scout.y = Phaser.Math.Clamp(this.scout.y + d[1] * TILE, 20, 380);
      this.reveal();
    });
    this.reveal();
  }
  reveal() {
    for (let y = 0; y < ROWS; y++) {
      for (let x = 0; x < COLS; x++) {
        if (Phaser.Math.Distance.Between(this.scout.x, this.scout.y, x, y) <= SIGHT) this.fog[y][x].setAlpha(0);
      }
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Fog });
