const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  this.add.graphics().fillStyle(0xffffff).fillRect(0, 0, 32, 32);
  this.physics.world.setBounds(0, 0, 800, 600);
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
