// A runner on a drawn ground line; the collider under it is an invisible static body
function create() {
  const g = this.add.graphics();
  g.fillStyle(0x555555).fillRect(0, 0, 800, 4).generateTexture('line', 800, 4);
  g.destroy();
  const ground = this.physics.add.staticImage(400, 500, 'line');
  ground.setDisplaySize(800, 30).refreshBody();
  ground.setVisible(false);
  this.add.image(400, 488, 'line');
  const runner = this.add.rectangle(120, 300, 30, 40, 0x3366cc);
  this.physics.add.existing(runner);
  this.physics.add.collider(runner, ground);
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 600 } } }, scene: { create } });
