// Ride the raft: a raft moves back and forth over the river; stand on it (arrow keys, up to jump) and it carries you to the far bank.
let player, raft, keys;
function preload() {
  const g = this.make.graphics({ add: false });
  g.fillStyle(0xff7043).fillRect(0, 0, 24, 36).generateTexture('hero', 24, 36);
  g.clear().fillStyle(0x8d6e63).fillRect(0, 0, 120, 14).generateTexture('raft', 120, 14);
  g.clear().fillStyle(0x33691e).fillRect(0, 0, 180, 240).generateTexture('bank', 180, 240);
  g.destroy();
}
function create() {
  this.add.rectangle(400, 560, 800, 80, 0x1565c0);
  const banks = this.physics.add.staticGroup();
  banks.create(90, 480, 'bank');
  banks.create(710, 480, 'bank');
  const rafts = this.physics.add.group({ allowGravity: false, immovable: true });
  raft = rafts.create(250, 352, 'raft');
  raft.setVelocityX(90);
  player = this.physics.add.sprite(90, 300, 'hero');
  this.physics.add.collider(player, banks);
  this.physics.add.collider(player, rafts);
  keys = this.input.keyboard.createCursorKeys();
  this.add.text(20, 20, 'Ride the raft across', { fontSize: '20px', color: '#ffffff' });
}
function update() {
  if (raft.x > 550) raft.setVelocityX(-90);
  else if (raft.x < 250) raft.setVelocityX(90);
  if (keys.left.isDown) player.setVelocityX(-150);
  else if (keys.right.isDown) player.setVelocityX(150);
  else player.setVelocityX(0);
  if (keys.up.isDown && player.body.blocked.down) player.setVelocityY(-380);
  if (player.y > 620) player.setPosition(90, 300);
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238',
  physics: { default: 'arcade', arcade: { gravity: { y: 800 } } }, scene: { preload, create, update } });
