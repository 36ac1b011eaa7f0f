const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

let msg;
function preload() {}
function create() {
  msg = this.add.text(300, 280, '等待...', { fontSize: '28px' });
  this.time.delayedCall(2000, function () {
    msg.setText('时间到');
    this.cameras.main.flash(200);
  }, [], this);
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
