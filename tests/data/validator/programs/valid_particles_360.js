const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  const g = this.make.graphics({ x: 0, y: 0, add: false });
  g.fillStyle(0xffaa00, 1).fillCircle(4, 4, 4).generateTexture('spark', 8, 8);
  const emitter = this.add.particles(400, 300, 'spark', { speed: { min: 50, max: 150 }, lifespan: 1200, quantity: 2, scale: { start: 1, end: 0 } });
  this.input.on('pointermove', (pointer) => { emitter.setPosition(pointer.x, pointer.y); });
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
