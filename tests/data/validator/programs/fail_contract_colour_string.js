// Colours given as CSS strings where Phaser expects a colour number: the fill comes out black, the box invisible.
const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#000000',
  scene: { preload: preload, create: create, update: update }
};

let ball;

function preload() {}

function create() {
  const g = this.add.graphics();
  g.fillStyle('#ff3300', 1);
  g.fillCircle(400, 300, 60);
  ball = this.add.rectangle(200, 150, 80, 80, '#33ff66');
}

function update(time, delta) {
  ball.angle += delta * 0.05;
}

new Phaser.Game(config);
