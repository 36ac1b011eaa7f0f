const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  this.add.graphics().fillStyle(0xffffff).fillCircle(4, 4, 4).generateTexture('p', 8, 8);
  const emitter = this.add.particles(400, 300, 'p', { speed: 100, lifespan: 800 });
  emitter.emitters.list[0].setSpeed(200);
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
