const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  const path = new Phaser.Geom.Path(100, 100);
  const g = this.add.graphics();
  g.lineStyle(2, 0xffffff).strokeRect(0, 0, 50, 50);
  path.lineTo(200, 200);
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
