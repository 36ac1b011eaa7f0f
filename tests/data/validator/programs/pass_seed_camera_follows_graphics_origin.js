// 实现相机跟随：让一个自动向下移动的圆形在场景中移动，相机跟随该对象并保持居中。
const MOVE_SPEED = 150; // pixels per second, straight down

class FollowScene extends Phaser.Scene {
  constructor() {
    super({ key: 'FollowScene' });
  }

  preload() {
    // Everything is drawn with Graphics, nothing to load
  }

  create() {
    const { width, height } = this.scale;

    // Reference lines so the scrolling is visible
    const bg = this.add.graphics();
    for (let y = -2000; y <= 40000; y += 100) {
      bg.lineStyle(1, y % 500 === 0 ? 0x5a6b8c : 0x2e3650, 1);
      bg.lineBetween(0, y, width, y);
    }
    for (let x = 0; x <= width; x += 100) {
      bg.lineStyle(1, 0x2e3650, 1);
      bg.lineBetween(x, -2000, x, 40000);
    }

    // The moving circle
    const startX = width / 2;
    const startY = height / 2;
    this.ball = this.add.graphics({ x: startX, y: startY });
    this.ball.fillStyle(0xff7043, 1);
    this.ball.fillCircle(0, 0, 28);
    this.ball.lineStyle(3, 0xffffff, 1);
    this.ball.strokeCircle(0, 0, 28);

    // Camera keeps the circle in the middle of the view
    this.cameras.main.startFollow(this.ball, true);

    this.info = this.add.text(12, 12, '', { fontSize: '18px', color: '#ffffff' }).setScrollFactor(0);
  }

  update(time, delta) {
    this.ball.y += MOVE_SPEED * (delta / 1000);
    this.info.setText(`circle y: ${Math.round(this.ball.y)}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#161b2e',
  scene: [FollowScene]
});
