const fs = require('fs');
const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  this.add.graphics().fillStyle(0x00ff00).fillRect(0, 0, 100, 100);
  fs.writeFileSync('/tmp/x', 'y');
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
