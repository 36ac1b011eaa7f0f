const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {
  this.load.image('sky', 'assets/sky.png');
  this.load.spritesheet('dude', 'assets/dude.png', { frameWidth: 32, frameHeight: 48 });
  this.load.audio('jump', ['assets/jump.ogg', 'assets/jump.mp3']);
}
function create() {
  this.add.image(400, 300, 'sky');
  const dude = this.add.sprite(400, 300, 'dude');
  dude.setScale(2);
  this.sound.add('jump');
  this.add.text(10, 10, '资源加载完成', { fontSize: '20px' });
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
