const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  const box = this.add.rectangle(400, 300, 120, 120, 0x8844ff).setInteractive();
  box.on('pointerdown', function () {
    this.setFillStyle(Phaser.Display.Color.RandomRGB().color);
    this.setScale(this.scaleX * 1.1);
  });
  this.add.graphics().fillStyle(0xffffff).fillCircle(50, 50, 10);
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
