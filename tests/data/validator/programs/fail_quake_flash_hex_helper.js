// Every second a quake hits: the screen flashes orange and shakes. The helper keeps the scene in a module variable and
// gives flash() one hex colour where it takes red, green and blue (0-255), so every flash is white.
let scene;
let quakes = 0;
let label;

function preload() {}

function create() {
  scene = this;
  for (let i = 0; i < 40; i++) this.add.rectangle(Phaser.Math.Between(0, 800), Phaser.Math.Between(0, 600), 30, 30, 0x8d6e63);
  label = this.add.text(16, 16, 'Quakes: 0', { fontSize: '20px', color: '#ffffff' });
  this.time.addEvent({ delay: 1000, loop: true, callback: quake });
}

function quake() {
  const cam = scene.cameras.main;
  cam.flash(250, 0xff8800);
  cam.shake(300, 0.01);
  quakes++;
  label.setText('Quakes: ' + quakes);
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#3e2723', scene: { preload, create } });
