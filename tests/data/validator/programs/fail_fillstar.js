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
  g.fillStyle(0xffff00, 1);
  g.fillStar(400, 300, 5, 40, 80);
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
