const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  const a = this.add.rectangle(200, 200, 50, 50, 0xff0000).setName('red');
  this.add.rectangle(300, 200, 50, 50, 0x0000ff).setName('blue');
  const found = this.children.getByName('red');
  found.setFillStyle(0x00ff00);
  this.add.text(20, 20, 'objects: ' + this.children.list.length, { fontSize: '18px' });
  a.setAlpha(0.8);
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
