const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

let player;
function preload() {}
function create() {
  const scene = this;
  const cam = this.cameras.main;
  cam.setBounds(0, 0, 1600, 1200);
  player = scene.add.rectangle(400, 300, 40, 40, 0x00ff88);
  cam.startFollow(player, true, 0.1, 0.1);
  scene.cursors = scene.input.keyboard.createCursorKeys();
}
function update() {
  if (this.cursors.left.isDown) { player.x -= 4; }
  if (this.cursors.right.isDown) { player.x += 4; }
  if (this.cursors.up.isDown) { player.y -= 4; }
  if (this.cursors.down.isDown) { player.y += 4; }
}

new Phaser.Game(config);
