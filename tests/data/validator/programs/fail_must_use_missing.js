const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  this.input.on('pointerdown', (pointer) => {
    this.add.rectangle(pointer.x, pointer.y, 48, 48, 0xff0000);
  });
  this.add.text(10, 10, 'click', { fontSize: '16px' });
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
