const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

let enemy;
function preload() {}
function create() {
  this.add.graphics().fillStyle(0xffffff).fillRect(100, 100, 50, 50);
  this.time.delayedCall(3000, () => {
    enemy.destroy();
  });
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
