// ledges collide, but the player starts on the world's bottom edge, where touching.down is never true
let player;
let ledges;
let cursors;

function preload() {}

function create() {
  ledges = this.physics.add.staticGroup();
  ledges.add(this.add.rectangle(200, 450, 160, 20, 0x886644));
  ledges.add(this.add.rectangle(520, 330, 160, 20, 0x886644));
  player = this.add.rectangle(60, 560, 30, 44, 0x3949ab);
  this.physics.add.existing(player);
  player.body.setCollideWorldBounds(true);
  this.physics.add.collider(player, ledges);
  cursors = this.input.keyboard.createCursorKeys();
}

function update() {
  player.body.setVelocityX(cursors.left.isDown ? -200 : cursors.right.isDown ? 200 : 0);
  if (cursors.up.isDown && player.body.touching.down) player.body.setVelocityY(-520);
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 800 } } }, scene: { preload, create, update } });
