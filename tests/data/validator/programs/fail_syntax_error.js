const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  const g = this.add.graphics(;
  g.fillRect(0, 0, 10, 10);
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
