const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  this.add.graphics().fillStyle(0xffffff).fillRect(100, 100, 50, 50);
  try { JSON.parse('{bad json'); } catch (e) { console.error('level data is broken', e.message); }
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
