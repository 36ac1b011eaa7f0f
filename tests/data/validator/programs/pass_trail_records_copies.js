// Mouse trail: record the pointer every frame and draw the last 40 positions as a fading line
class TrailScene extends Phaser.Scene {
  constructor() { super('trail'); }
  create() {
    this.cursor = { x: 400, y: 300 };
    this.points = [];
    this.g = this.add.graphics();
    this.input.on('pointermove', (p) => { this.cursor.x = p.x; this.cursor.y = p.y; });
  }
  update() {
    this.points.push({ x: this.cursor.x, y: this.cursor.y });
    if (this.points.length > 40) this.points.shift();
    this.g.clear();
    for (let i = 1; i < this.points.length; i++) {
      const a = this.points[i - 1], b = this.points[i];
      this.g.lineStyle(4, 0x00e5ff, i / this.points.length).lineBetween(a.x, a.y, b.x, b.y);
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0d1b2a', scene: TrailScene });
