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
  const color = eval('0x' + 'ff0000');
  g.fillStyle(color).fillRect(0, 0, 100, 100);
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
