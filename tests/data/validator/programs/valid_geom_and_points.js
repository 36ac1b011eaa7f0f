const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  const g = this.add.graphics();
  const tri = new Phaser.Geom.Triangle(100, 400, 200, 200, 300, 400);
  g.fillStyle(0xff4444).fillTriangleShape(tri);
  const pts = [new Phaser.Math.Vector2(400, 400), { x: 500, y: 200 }, { x: 600, y: 400 }];
  g.fillStyle(0x44ff44).fillPoints(pts, true);
  const poly = new Phaser.Geom.Polygon([650, 100, 750, 150, 700, 250]);
  g.lineStyle(2, 0xffffff).strokePoints(poly.points, true);
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
