// 任务：实现弹性碰撞：8 个灰色小球以 360 速度在封闭空间内移动，碰到边界和彼此时弹开。
const BALL_COUNT = 8;
const BALL_SPEED = 360;
const RADIUS = 16;

function preload() {
  const g = this.make.graphics({ x: 0, y: 0, add: false });
  g.fillStyle(0x9a9a9a, 1);
  g.fillCircle(RADIUS, RADIUS, RADIUS);
  g.fillStyle(0xd0d0d0, 1);
  g.fillCircle(RADIUS - 5, RADIUS - 5, 5);
  g.generateTexture('greyBall', RADIUS * 2, RADIUS * 2);
  g.destroy();
}

function create() {
  const arena = new Phaser.Geom.Rectangle(40, 60, 720, 500);
  this.physics.world.setBounds(arena.x, arena.y, arena.width, arena.height);

  const frame = this.add.graphics();
  frame.lineStyle(4, 0x5c6370, 1);
  frame.strokeRectShape(arena);

  this.bounces = { walls: 0, balls: 0 };

  this.balls = this.physics.add.group({
    key: 'greyBall',
    quantity: BALL_COUNT,
    collideWorldBounds: true,
    bounceX: 1,
    bounceY: 1,
    immovable: true
  });

  Phaser.Actions.GridAlign(this.balls.getChildren(), {
    width: 4,
    height: 2,
    cellWidth: 160,
    cellHeight: 200,
    x: 120,
    y: 160
  });

  this.balls.children.iterate((ball, i) => {
    ball.body.setCircle(RADIUS);
    ball.body.onWorldBounds = true;
    const angle = Phaser.Math.DegToRad(25 + i * 45);
    this.physics.velocityFromRotation(angle, BALL_SPEED, ball.body.velocity);
  });

  this.physics.add.collider(this.balls, this.balls, () => {
    this.bounces.balls += 1;
  });
  this.physics.world.on('worldbounds', () => {
    this.bounces.walls += 1;
  });

  this.label = this.add.text(40, 20, '', { fontSize: '20px', color: '#e6e6e6' });
}

function update() {
  this.balls.children.iterate((ball) => {
    const v = ball.body.velocity;
    if (v.lengthSq() < 1) {
      // a head-on hit can leave a ball at rest: send it off again
      this.physics.velocityFromRotation(Phaser.Math.FloatBetween(0, Math.PI * 2), BALL_SPEED, v);
    } else {
      v.setLength(BALL_SPEED);
    }
  });
  this.label.setText(`墙壁反弹: ${this.bounces.walls}   小球互撞: ${this.bounces.balls}`);
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#20232a',
  physics: { default: 'arcade', arcade: { gravity: { x: 0, y: 0 } } },
  scene: { preload, create, update }
});
