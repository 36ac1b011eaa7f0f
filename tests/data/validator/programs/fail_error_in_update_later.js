const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

let frames = 0, enemies = [];
function preload() {}
function create() {
  this.add.graphics().fillStyle(0xffffff).fillRect(0, 0, 10, 10);
  enemies.push(this.add.circle(100, 100, 10, 0xff0000));
}
function update() {
  frames += 1;
  if (frames > 30) { enemies[frames].x += 1; }
}

new Phaser.Game(config);
