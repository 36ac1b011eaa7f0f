// Pick up the gold key, then touch the blue gate in the top wall: the gate opens (disappears) and the player can walk out.
let player, gate, key, cursors, hasKey = false;
function preload() {}
function create() {
  const walls = this.physics.add.staticGroup();
  walls.add(this.add.rectangle(190, 60, 380, 30, 0x795548));
  walls.add(this.add.rectangle(610, 60, 380, 30, 0x795548));
  gate = this.add.rectangle(400, 60, 40, 30, 0x3355ff);
  this.physics.add.existing(gate, true);
  key = this.add.rectangle(600, 400, 20, 12, 0xffd54f);
  this.physics.add.existing(key, true);
  player = this.add.rectangle(400, 500, 26, 26, 0xffffff);
  this.physics.add.existing(player);
  this.physics.add.collider(player, walls);
  this.physics.add.overlap(player, key, () => { hasKey = true; key.destroy(); });
  this.physics.add.collider(player, gate, () => {
    if (hasKey) gate.destroy();
  });
  cursors = this.input.keyboard.createCursorKeys();
}
function update() {
  const body = player.body;
  body.setVelocity(0);
  if (cursors.left.isDown) body.setVelocityX(-170);
  else if (cursors.right.isDown) body.setVelocityX(170);
  if (cursors.up.isDown) body.setVelocityY(-170);
  else if (cursors.down.isDown) body.setVelocityY(170);
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#33691e', physics: { default: 'arcade' }, scene: { preload, create, update } });
