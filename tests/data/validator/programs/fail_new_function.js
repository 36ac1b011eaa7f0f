const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  const make = new Function('a', 'return a * 2');
  this.add.graphics().fillStyle(0xffffff).fillRect(0, 0, make(50), 50);
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
