const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function drawShape(graphics, pts) {
  graphics.lineStyle(2, 0xffffff);
  graphics.strokePolygon(pts);
}
function preload() {}
function create() {
  const g = this.add.graphics();
  g.fillStyle(0xffffff).fillRect(0, 0, 20, 20);
  this.input.on('pointerdown', () => { drawShape(g, [{ x: 1, y: 2 }, { x: 30, y: 40 }, { x: 5, y: 60 }]); });
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
