const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

let box, keys;
function preload() {}
function create() {
  box = this.add.rectangle(400, 300, 50, 50, 0xff00ff);
  keys = this.input.keyboard.addKeys('W,A,S,D');
  this.input.keyboard.on('keydown-SPACE', () => { box.setFillStyle(0x00ffff); });
}
function update(time, delta) {
  const speed = 200 * delta / 1000;
  if (keys.A.isDown) box.x = Math.max(25, box.x - speed);
  if (keys.D.isDown) box.x = Math.min(775, box.x + speed);
  if (keys.W.isDown) box.y = Math.max(25, box.y - speed);
  if (keys.S.isDown) box.y = Math.min(575, box.y + speed);
}

new Phaser.Game(config);
