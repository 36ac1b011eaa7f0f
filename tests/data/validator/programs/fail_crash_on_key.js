const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

let player;
function preload() {}
function create() {
  player = this.add.rectangle(400, 300, 30, 30, 0x00ff00);
  this.input.keyboard.on('keydown-SPACE', () => {
    player.weapon.fire();
  });
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
