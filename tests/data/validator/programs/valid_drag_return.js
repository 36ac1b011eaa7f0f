const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d1d2b',
  scene: { preload: preload, create: create, update: update }
};

let startX, startY;
function preload() {}
function create() {
  const g = this.add.graphics();
  g.fillStyle(0x00aaff, 1);
  g.fillCircle(40, 40, 40);
  g.generateTexture('ball', 80, 80);
  g.destroy();
  const ball = this.add.image(400, 300, 'ball').setInteractive({ draggable: true });
  startX = ball.x; startY = ball.y;
  ball.on('drag', (pointer, dragX, dragY) => { ball.x = dragX; ball.y = dragY; });
  ball.on('dragend', () => {
    this.tweens.add({ targets: ball, x: startX, y: startY, duration: 300 });
  });
}
function update(time, delta) {
  // nothing per frame
}

new Phaser.Game(config);
