const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

function preload() {}
function create() {
  console.log('started', window.innerWidth, document.title);
  const g = this.add.graphics();
  g.fillStyle(0x00ff00).fillRect(10, 10, 100, 100);
  requestAnimationFrame(() => { g.setAlpha(0.5); });
  setTimeout(() => { g.x += 5; }, 100);
  localStorage.setItem('score', '1');
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
