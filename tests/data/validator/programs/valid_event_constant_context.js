const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  this.count = 0;
  this.info = this.add.text(10, 10, 'clicks: 0', { fontSize: '18px' });
  this.input.on(Phaser.Input.Events.POINTER_DOWN, function (pointer) {
    this.count += 1;
    this.info.setText('clicks: ' + this.count);
    this.add.circle(pointer.x, pointer.y, 10, 0x33ccff);
  }, this);
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
