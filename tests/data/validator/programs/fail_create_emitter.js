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
  const particles = this.add.particles('p');
  const emitter = particles.createEmitter({ x: 400, y: 300, speed: 100, lifespan: 1000 });
  emitter.start();
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
