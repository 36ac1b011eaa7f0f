// Task: Make 3 objects bounce in sync, and stop the bouncing after 3 seconds.
const GROUND_Y = 430;
const BOUNCE_HEIGHT = 170;
const COLORS = [0xff6b6b, 0x4ecdc4, 0xffe66d];

function preload() {
  const g = this.make.graphics({ x: 0, y: 0, add: false });
  g.fillStyle(0xffffff);
  g.fillCircle(30, 30, 30);
  g.generateTexture('ball', 60, 60);
  g.clear();
  g.fillStyle(0x000000, 0.35);
  g.fillEllipse(30, 8, 60, 16);
  g.generateTexture('shadow', 60, 16);
  g.destroy();
}

function create() {
  const ground = this.add.graphics();
  ground.fillStyle(0x2e4057);
  ground.fillRect(0, GROUND_Y + 30, 800, 140);

  this.balls = [];
  COLORS.forEach((color, i) => {
    const x = 250 + i * 150;
    this.add.image(x, GROUND_Y + 30, 'shadow');
    const ball = this.add.image(x, GROUND_Y, 'ball').setTint(color);
    this.balls.push(ball);

    this.bounceTween = this.tweens.add({
      targets: ball,
      y: GROUND_Y - BOUNCE_HEIGHT,
      duration: 420,
      ease: 'Quad.easeOut',
      yoyo: true,
      repeat: -1
    });
  });

  this.status = this.add.text(400, 60, 'Bouncing...', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);

  this.time.delayedCall(3000, () => {
    this.bounceTween.stop();
    this.balls.forEach(ball => ball.setY(GROUND_Y));
    this.status.setText('Stopped after 3 seconds');
  });
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#87a8c8',
  scene: { preload, create }
});
