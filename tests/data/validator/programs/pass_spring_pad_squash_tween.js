// A springboard that bounces five pebbles; each landing squashes the board with a short yoyo tween of its scaleY.
let board;
let pebbles;
let bounces = 0;
let counter;

function preload() {}

function create() {
  const g = this.add.graphics();
  g.fillStyle(0x2ecc71).fillRoundedRect(0, 0, 50, 14, 4);
  g.generateTexture('board', 50, 14);
  g.clear().fillStyle(0xecf0f1).fillCircle(10, 10, 10);
  g.generateTexture('pebble', 20, 20);
  g.destroy();

  const springs = this.physics.add.staticGroup();
  board = springs.create(400, 540, 'board').setScale(5, 1).refreshBody();

  pebbles = this.physics.add.group({ bounceY: 0 });
  for (let i = 0; i < 5; i++) {
    const p = pebbles.create(300 + i * 50, 80 + (i % 2) * 6, 'pebble');
    p.setCircle(10);
  }

  this.physics.add.collider(pebbles, springs, (pebble) => {
    if (!pebble.body.touching.down) return;
    pebble.setVelocityY(-700);
    bounces++;
    this.tweens.add({ targets: board, scaleY: 0.4, duration: 90, yoyo: true });
  });

  counter = this.add.text(12, 12, 'Bounces: 0', { fontSize: '20px', color: '#ffffff' });
}

function update() {
  counter.setText('Bounces: ' + bounces);
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d2b3a',
  physics: { default: 'arcade', arcade: { gravity: { y: 900 } } },
  scene: { preload, create, update }
});
