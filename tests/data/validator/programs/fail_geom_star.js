const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  const star = new Phaser.Geom.Star(400, 300, 5, 30, 60);
  const g = this.add.graphics();
  g.fillStyle(0xffff00).fillPoints(star.points, true);
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
