// A circle passed where a rectangle is expected: Rectangle.Contains reads width/height (undefined on a Circle), so
// the hit test is always false, and strokeRectShape draws nothing.
const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: { preload: preload, create: create, update: update }
};

let zone;
let g;
let hits = 0;

function preload() {}

function create() {
  zone = new Phaser.Geom.Circle(400, 300, 80);
  g = this.add.graphics();
  g.lineStyle(2, 0x00ff00);
  g.strokeRectShape(zone);
  this.input.on('pointerdown', (pointer) => {
    if (Phaser.Geom.Rectangle.Contains(zone, pointer.x, pointer.y)) hits += 1;
  });
}

function update() {
  g.fillStyle(0xffffff).fillRect(10, 10, 10 + hits, 10);
}

new Phaser.Game(config);
