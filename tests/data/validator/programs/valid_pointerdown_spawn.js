const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  this.add.text(10, 10, 'Click anywhere', { fontSize: '16px', color: '#fff' });
  this.input.on('pointerdown', (pointer) => {
    const g = this.add.graphics();
    g.fillStyle(0xff0000, 1);
    g.fillRect(pointer.x - 24, pointer.y - 24, 48, 48);
  });
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
