const config = { type: Phaser.AUTO, width: 800, height: 600, scene: { preload: preload, create: create, update: update } };
let frames = 0;
function preload() {}
function create() {
  this.add.graphics().fillStyle(0xffffff).fillRect(10, 10, 100, 100);
}
function update() {
  frames += 1;
  if (frames === 20) { window.location.href = 'https://example.com/next-level.html'; }
}
new Phaser.Game(config);
