const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

let obj;
function preload() {}
function create() {
  obj = this.add.rectangle(100, 100, 10, 10, 0xffffff);
}
function update() {
  while (obj.x < 1000) { obj.y += 1; }
}

new Phaser.Game(config);
