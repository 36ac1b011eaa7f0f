const config = { type: Phaser.AUTO, width: 800, height: 600, scene: { create: create } };
function create() {
  const g = this.add.graphics();
  g.fillStyle(0xff0000).fillCircle(400, 300, 50);
  this.add.text(10, 10, 'no preload here', { fontSize: '16px' });
}
new Phaser.Game(config);
