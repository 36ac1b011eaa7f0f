// 单摆：三个小球挂在各自的挂点上左右摆动，线从挂点画到小球
class Swing extends Phaser.Scene {
  constructor() { super('swing'); }
  create() {
    this.lines = this.add.graphics();
    this.balls = [150, 300, 450].map((x, i) => {
      const ball = this.add.circle(x, 260, 16, 0xffb74d);
      ball.anchor = { x, y: 60 };
      ball.phase = i;
      return ball;
    });
  }
  update(time) {
    this.lines.clear().lineStyle(2, 0xffffff);
    this.balls.forEach((b) => {
      const a = Math.sin(time / 600 + b.phase) * 0.6;
      b.x = b.anchor.x + Math.sin(a) * 200;
      b.y = b.anchor.y + Math.cos(a) * 200;
      this.lines.lineBetween(b.anchor.x, b.anchor.y, b.x, b.y);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 320, backgroundColor: '#263238', scene: Swing });
