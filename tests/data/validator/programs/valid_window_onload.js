function preload() {}
function create() {
  const g = this.add.graphics();
  g.fillStyle(0x00ffcc, 1);
  g.fillCircle(400, 300, 60);
  this.add.text(20, 20, 'started on window.onload', { fontSize: '18px' });
}
window.onload = function () {
  const config = { type: Phaser.AUTO, width: 800, height: 600, scene: { preload: preload, create: create } };
  new Phaser.Game(config);
};
