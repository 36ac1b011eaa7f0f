const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  const g = this.add.graphics();
  g.fillStyle(0x00ff00).fillRect(0, 0, 100, 100);
  fetch('https://example.com/score').then(r => r.json()).then(d => console.log(d));
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
