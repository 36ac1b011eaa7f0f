const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  const box = this.add.rectangle(100, 300, 50, 50, 0xff0000);
  const tl = this.tweens.timeline({ tweens: [{ targets: box, x: 700, duration: 1000 }, { targets: box, y: 100, duration: 500 }] });
  tl.play();
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
