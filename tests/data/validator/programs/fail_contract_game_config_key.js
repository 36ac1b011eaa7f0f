// A misspelt game config key: 'backgroundColour' is ignored, the intended sky blue background never shows.
const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColour: '#87ceeb',
  scene: { preload, create, update }
};

let sun;

function preload() {}

function create() {
  sun = this.add.circle(700, 100, 50, 0xffee00);
}

function update(time) {
  sun.y = 100 + Math.sin(time / 1000) * 20;
}

new Phaser.Game(config);
