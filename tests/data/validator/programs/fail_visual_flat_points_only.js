// The only drawing is a polygon given as flat numbers: fillPoints draws nothing, the canvas stays black.
const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: { preload: preload, create: create, update: update }
};

let shape;

function preload() {}

function create() {
  shape = this.add.graphics();
  shape.fillStyle(0x44ccff, 1);
  shape.fillPoints([400, 150, 550, 450, 250, 450], true);
}

function update(time, delta) {
  shape.rotation += delta * 0.0005;
}

new Phaser.Game(config);
