const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  const card = this.add.rectangle(400, 300, 100, 140, 0xffffff).setInteractive({ draggable: true });
  card.on('drag', (pointer, x, y) => {
    card.x = x; card.y = y;
    card.shadow.setPosition(x + 5, y + 5);
  });
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
