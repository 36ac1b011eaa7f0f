// update() is written but the scene config names only preload and create: Phaser never calls it, the planet never orbits.
const config = { type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000010', scene: { preload, create } };
let planet;
let angle = 0;
function preload() {}
function create() {
  this.add.circle(400, 300, 40, 0xffdd00);
  planet = this.add.circle(600, 300, 12, 0x3399ff);
  this.tweens.add({ targets: this.add.circle(400, 300, 50, 0xffaa00, 0.3), scale: 1.3, yoyo: true, repeat: -1, duration: 800 });
}
function update(time, delta) {
  angle += delta * 0.001;
  planet.setPosition(400 + Math.cos(angle) * 200, 300 + Math.sin(angle) * 200);
}
new Phaser.Game(config);
