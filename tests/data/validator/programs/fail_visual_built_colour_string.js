// The colour is built as a CSS string at run time: fillStyle paints black, on a black canvas nothing shows.
const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: { preload: preload, create: create, update: update }
};

const PALETTE = { sky: '66ccff', sun: 'ffdd33' };
let g;

function preload() {}

function create() {
  g = this.add.graphics();
}

function update(time) {
  g.clear();
  g.fillStyle('#' + PALETTE.sun, 1);
  g.fillCircle(400, 300 + Math.sin(time / 500) * 40, 60);
}

new Phaser.Game(config);
