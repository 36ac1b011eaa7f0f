const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

let circle;
function preload() {}
function create() {
  const g = this.add.graphics();
  g.fillStyle(0x00ff00, 1);
  g.fillCircle(0, 0, 80);
  g.lineStyle(4, 0xff0000, 1);
  g.lineBetween(0, 0, 80, 0);
  circle = this.add.container(400, 300, [g]);
}
function update(time, delta) {
  circle.rotation += Phaser.Math.DegToRad(80 * delta / 1000);
}

new Phaser.Game(config);
