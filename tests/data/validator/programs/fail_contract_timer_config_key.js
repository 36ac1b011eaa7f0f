// 'repeats' is not a timer config key: the spawner fires once instead of ten times.
const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: { preload: preload, create: create, update: update }
};

let dots;

function preload() {}

function create() {
  dots = this.add.group();
  this.time.addEvent({
    delay: 300,
    repeats: 9,
    callback: () => dots.add(this.add.circle(Phaser.Math.Between(50, 750), 300, 10, 0xff00ff)),
  });
}

function update() {
  dots.getChildren().forEach((d) => { d.y += 1; });
}

new Phaser.Game(config);
