const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: { preload: preload, create: create, update: update }
};

let ball;
function preload() {}
function create() {
  const g = this.add.graphics();
  g.fillStyle(0xffffff, 1).fillCircle(16, 16, 16).generateTexture('ball', 32, 32);
  g.destroy();
  this.physics.world.setBounds(0, 0, 800, 600);
  ball = this.physics.add.image(400, 300, 'ball');
  ball.setVelocity(200, 150).setBounce(1, 1).setCollideWorldBounds(true);
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
