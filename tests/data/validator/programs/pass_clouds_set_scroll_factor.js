// A kite flies right over a long field; the sky behind it stays put (setScrollFactor(0)) while the hills scroll.
const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#000000',
  scene: { preload, create, update }
};
let kite;

function preload() {}

function create() {
  const sky = this.add.rectangle(0, 0, 800, 600, 0x87ceeb).setOrigin(0);
  sky.setScrollFactor(0);
  for (let i = 0; i < 12; i++) this.add.ellipse(200 + i * 400, 560, 500, 200, 0x5a9e4b);
  kite = this.add.rectangle(100, 200, 40, 40, 0xff5d8f).setAngle(45);
  this.cameras.main.setBounds(0, 0, 5000, 600);
  this.cameras.main.startFollow(kite);
}

function update(time, delta) {
  kite.x += 0.3 * delta;
  kite.y = 200 + Math.sin(time / 400) * 30;
}

new Phaser.Game(config);
