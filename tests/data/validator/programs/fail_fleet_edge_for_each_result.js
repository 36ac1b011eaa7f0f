// A row of ships marches sideways and turns back when any ship reaches an edge
class Fleet extends Phaser.Scene {
  create() {
    this.ships = [0, 1, 2, 3].map((i) => this.add.triangle(200 + i * 80, 100, 0, 30, 15, 0, 30, 30, 0x88ff88));
    this.dir = 1;
  }
  update(time, delta) {
    const step = this.dir * 0.15 * delta;
    const atEdge = this.ships.forEach((s) => s.x + step < 20 || s.x + step > 780);
    if (atEdge) this.dir *= -1;
    else this.ships.forEach((s) => { s.x += step; });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Fleet });
