// Place towers by clicking; click a tower again to upgrade its range
const TOWER = { kind: 'archer', stats: { range: 90, damage: 1 } };
class Defense extends Phaser.Scene {
  create() {
    this.towers = [];
    this.rings = this.add.graphics();
    this.input.on('pointerdown', (p) => {
      const near = this.towers.find((t) => Phaser.Math.Distance.Between(t.x, t.y, p.x, p.y) < 20);
      if (near) { near.stats.range += 30; this.drawRings(); return; }
      const tower = this.add.rectangle(p.x, p.y, 24, 24, 0x55cc55);
      Object.assign(tower, TOWER);
      this.towers.push(tower);
      this.drawRings();
    });
  }
  drawRings() {
    this.rings.clear().lineStyle(1, 0xffffff, 0.5);
    this.towers.forEach((t) => this.rings.strokeCircle(t.x, t.y, t.stats.range));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Defense });
