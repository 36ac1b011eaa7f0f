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
  g.fillStyle(0x00ff00, 1);
  g.fillRect(10, 10, 30, 30);
  g.fillPoints([400, 200, 500, 400, 300, 400], true);
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
