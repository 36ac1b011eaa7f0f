const config = {
  type: Phaser.WEBGL,
  width: 800,
  height: 600,
  backgroundColor: '#101020',
  scene: { preload: preload, create: create, update: update }
};
let orb;
function preload() {}
function create() {
  const g = this.add.graphics();
  g.fillStyle(0xffcc33, 1).fillCircle(32, 32, 32).generateTexture('orb', 64, 64);
  g.destroy();
  orb = this.add.image(400, 300, 'orb');
  orb.preFX.addGlow(0xff8800, 4, 0, false, 0.1, 16);
  this.cameras.main.postFX.addVignette(0.5, 0.5, 0.8);
}
function update(time) {
  orb.setScale(1 + 0.2 * Math.sin(time / 300));
}
new Phaser.Game(config);
