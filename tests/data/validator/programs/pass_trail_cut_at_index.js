// A trail of dots follows the pointer; clicking a dot cuts the trail there, dropping that dot and all older ones
class Trail extends Phaser.Scene {
  create() {
    this.points = [];
    this.g = this.add.graphics();
    this.input.on('pointermove', (p) => { this.points.unshift({ x: p.x, y: p.y }); if (this.points.length > 40) this.points.pop(); });
    this.input.on('pointerdown', (p) => {
      const at = this.points.findIndex((d) => Phaser.Math.Distance.Between(d.x, d.y, p.x, p.y) < 8);
      if (at >= 0) this.points.splice(at);
    });
  }
  update() {
    this.g.clear().fillStyle(0x88ff88);
    this.points.forEach((d) => this.g.fillCircle(d.x, d.y, 4));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Trail });
