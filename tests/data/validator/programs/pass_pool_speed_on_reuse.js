// Falling blocks from a pool of 4: each block falls at 220 px/s from a random x; when it leaves the bottom it is disabled and reused from the top.
let pool;
function preload() {
  const g = this.make.graphics({ add: false });
  g.fillStyle(0xab47bc).fillRect(0, 0, 40, 40).generateTexture('block', 40, 40);
  g.destroy();
}
function create() {
  pool = this.physics.add.group({ defaultKey: 'block', maxSize: 4, velocityY: 220, allowGravity: false });
  this.time.addEvent({ delay: 500, loop: true, callback: () => drop() });
}
function drop() {
  const x = Phaser.Math.Between(40, 760);
  const block = pool.get(x, -30);
  if (!block) return;
  block.enableBody(true, x, -30, true, true);
  block.setVelocityY(220);
}
function update() {
  pool.getChildren().forEach((block) => {
    if (block.active && block.y > 640) block.disableBody(true, true);
  });
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#212121',
  physics: { default: 'arcade' }, scene: { preload, create, update } });
