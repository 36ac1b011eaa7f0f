// Sizes kept as {x, y} pairs and handed to setScale(), which takes numbers: the scale becomes NaN and the boxes
// vanish. Nothing throws.
const SIZES = [[1, 1], [2, 1.5], [0.5, 0.5]];

function sizeAt(i) {
  const pair = SIZES[i % SIZES.length];
  return { x: pair[0], y: pair[1] };
}

class BoxesScene extends Phaser.Scene {
  preload() {}

  create() {
    this.boxes = [];
    for (let i = 0; i < 3; i++) {
      const box = this.add.rectangle(150 + i * 200, 300, 60, 60, 0x44aaff);
      box.setScale(sizeAt(i));
      this.boxes.push(box);
    }
  }

  update(time) {
    this.boxes.forEach((box, i) => { box.y = 300 + Math.sin(time / 500 + i) * 50; });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: BoxesScene });
