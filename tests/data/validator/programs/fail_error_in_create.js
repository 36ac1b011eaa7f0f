const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

let data;
function preload() {}
function create() {
  this.add.graphics().fillStyle(0xffffff).fillRect(0, 0, 10, 10);
  const level = data.levels[0];
  this.add.text(10, 10, level.name);
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
