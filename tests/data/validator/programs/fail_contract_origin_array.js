// setOrigin takes two numbers, not an array: the origin becomes NaN and the logo is drawn nowhere.
const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: { preload: preload, create: create, update: update }
};

let logo;

function preload() {}

function create() {
  logo = this.add.text(400, 300, 'PHASER', { fontSize: '64px', color: '#ffffff' });
  logo.setOrigin([0.5, 0.5]);
}

function update(time) {
  logo.setScale(1 + 0.1 * Math.sin(time / 300));
}

new Phaser.Game(config);
