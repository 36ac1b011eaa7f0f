// Platformer with a conveyor belt: standing on the belt carries the player to the right
const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d2b3a',
  physics: { default: 'arcade', arcade: { gravity: { y: 600 } } },
  scene: { preload, create, update }
};

let player, ground, belt, cursors, label;
let onBelt = false;

function preload() {
  const g = this.make.graphics({ add: false });
  g.fillStyle(0x66ccff).fillRect(0, 0, 32, 48).generateTexture('hero', 32, 48);
  g.clear().fillStyle(0x556677).fillRect(0, 0, 800, 40).generateTexture('ground', 800, 40);
  g.clear().fillStyle(0xffaa33).fillRect(0, 0, 240, 20).generateTexture('belt', 240, 20);
  g.destroy();
}

function create() {
  ground = this.physics.add.staticImage(400, 580, 'ground');
  belt = this.physics.add.staticImage(300, 550, 'belt');
  player = this.physics.add.sprite(220, 480, 'hero');
  player.setCollideWorldBounds(true);
  this.physics.add.collider(player, ground);
  // the belt carries whoever stands on it
  this.physics.add.collider(player, belt, (p) => {
    if (p.body.touching.down) onBelt = true;
  });
  cursors = this.input.keyboard.createCursorKeys();
  label = this.add.text(16, 16, 'Stand on the orange belt', { fontSize: '18px', color: '#ffffff' });
}

function update() {
  if (cursors.left.isDown) {
    player.setVelocityX(-200);
  } else if (cursors.right.isDown) {
    player.setVelocityX(200);
  } else {
    player.setVelocityX(onBelt ? 120 : 0);
  }
  onBelt = false;
  if (cursors.up.isDown && player.body.blocked.down) player.setVelocityY(-380);
  label.setText('x: ' + Math.round(player.x));
}

new Phaser.Game(config);
