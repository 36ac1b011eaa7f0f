// Task: Gravity field: 10 balls are attracted to the centre point, with a pull inversely proportional to distance and a base attraction of 200.
const BALL_COUNT = 10;
const BASE_PULL = 200;     // acceleration at the reference distance
const REF_DIST = 100;
const MIN_DIST = 30;       // avoids an infinite pull at the very centre
const CENTER = new Phaser.Math.Vector2(400, 300);

function preload() {
  const g = this.make.graphics({ x: 0, y: 0, add: false });
  g.fillStyle(0x4fc3f7);
  g.fillCircle(10, 10, 10);
  g.generateTexture('ball', 20, 20);
  g.clear();
  g.fillStyle(0xffca28);
  g.fillCircle(24, 24, 24);
  g.fillStyle(0xfff59d);
  g.fillCircle(24, 24, 12);
  g.generateTexture('core', 48, 48);
  g.destroy();
}

function create() {
  this.add.graphics().lineStyle(1, 0x455a64).strokeCircle(CENTER.x, CENTER.y, REF_DIST).strokeCircle(CENTER.x, CENTER.y, REF_DIST * 2);
  this.add.image(CENTER.x, CENTER.y, 'core');

  this.balls = this.physics.add.group({ collideWorldBounds: true, bounceX: 0.8, bounceY: 0.8 });
  for (let i = 0; i < BALL_COUNT; i++) {
    const angle = (Math.PI * 2 * i) / BALL_COUNT;
    const dist = 120 + (i % 3) * 60;
    const ball = this.balls.create(CENTER.x + Math.cos(angle) * dist, CENTER.y + Math.sin(angle) * dist, 'ball');
    ball.setCircle(10);
    // a sideways push so the balls swing around the centre instead of falling straight in
    ball.setVelocity(-Math.sin(angle) * 90, Math.cos(angle) * 90);
  }

  this.pull = new Phaser.Math.Vector2();
  this.trails = this.add.graphics();
  this.info = this.add.text(12, 12, '', { fontSize: '16px', color: '#cfd8dc' });
}

function update() {
  this.trails.fillStyle(0x4fc3f7, 0.15);
  let total = 0;

  this.balls.getChildren().forEach(ball => {
    const dist = Phaser.Math.Distance.Between(ball.x, ball.y, CENTER.x, CENTER.y);
    const strength = BASE_PULL * REF_DIST / Math.max(dist, MIN_DIST);
    this.pull.set(CENTER.x - ball.x, CENTER.y - ball.y).scale(strength).normalize();
    ball.body.acceleration.copy(this.pull);
    this.trails.fillPoint(ball.x, ball.y, 2);
    total += dist;
  });

  this.info.setText(`average distance to centre: ${(total / BALL_COUNT).toFixed(0)} px`);
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#102027',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: { preload, create, update }
});
