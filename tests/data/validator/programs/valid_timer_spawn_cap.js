const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

const MAX = 10;
let dots = [];
function preload() {}
function create() {
  this.time.addEvent({
    delay: 500,
    loop: true,
    callback: function () {
      if (dots.length >= MAX) { return; }
      dots.push(this.add.circle(Phaser.Math.Between(50, 750), Phaser.Math.Between(50, 550), 12, 0xffcc00));
    },
    callbackScope: this
  });
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
