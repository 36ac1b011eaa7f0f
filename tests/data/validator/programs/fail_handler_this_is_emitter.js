const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  const btn = this.add.rectangle(400, 300, 200, 80, 0x3366ff).setInteractive();
  this.add.graphics().fillStyle(0xffffff).fillRect(0, 0, 10, 10);
  btn.on('pointerdown', function () {
    this.add.text(300, 100, 'clicked', { fontSize: '32px' });
  });
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
