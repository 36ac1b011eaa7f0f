const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

let t = 0;
function preload() {}
function create() {
  this.counter = 0;
}
function update() {
  t += 1;
}

new Phaser.Game(config);
