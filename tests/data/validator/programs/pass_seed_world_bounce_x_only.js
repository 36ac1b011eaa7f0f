// Task: Elastic collisions: 10 white balls move at speed 160 inside a closed area and bounce off its walls and off each other.
const BALL_COUNT = 10;
const SPEED = 160;
const RADIUS = 14;
const ARENA = new Phaser.Geom.Rectangle(60, 60, 680, 480);

function preload() {
  const g = this.make.graphics({ x: 0, y: 0, add: false });
  g.fillStyle(0xffffff);
  g.fillCircle(RADIUS, RADIUS, RADIUS);
  g.fillStyle(0xdfe6ee);
  g.fillCircle(RADIUS + 4, RADIUS + 4, RADIUS / 2);
  g.generateTexture('whiteBall', RADIUS * 2, RADIUS * 2);
  g.destroy();
}

function create() {
  this.physics.world.setBounds(ARENA.x, ARENA.y, ARENA.width, ARENA.height);

  const walls = this.add.graphics();
  walls.lineStyle(6, 0x78909c);
  walls.strokeRectShape(ARENA);

  this.balls = this.physics.add.group();
  for (let i = 0; i < BALL_COUNT; i++) {
    const col = i % 5;
    const row = Math.floor(i / 5);
    const ball = this.balls.create(160 + col * 120, 200 + row * 200, 'whiteBall');
    ball.setCircle(RADIUS);
    ball.setBounce(1);
    ball.setCollideWorldBounds(true, 1, 1);
    const angle = Phaser.Math.DegToRad(20 + i * 36);
    this.physics.velocityFromRotation(angle, SPEED, ball.body.velocity);
  }

  this.hits = 0;
  this.physics.add.collider(this.balls, this.balls, () => {
    this.hits++;
  });

  this.info = this.add.text(60, 20, '', { fontSize: '18px', color: '#cfd8dc' });
}

function update() {
  const balls = this.balls.getChildren();
  const avg = balls.reduce((sum, b) => sum + b.body.speed, 0) / balls.length;
  this.info.setText(`balls: ${balls.length}   average speed: ${avg.toFixed(0)}   ball hits: ${this.hits}`);
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b2631',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: { preload, create, update }
});
