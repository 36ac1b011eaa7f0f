const config = { type: Phaser.AUTO, width: 800, height: 600, scene: { preload: preload, create: create } };
function preload() {}
function create() {
  const g = this.add.graphics();
  g.fillStyle(0xff0000).fillCircle(400, 300, 50);
}
// the game is never started
console.log(config.width);
