// Pong against the computer: the AI paddle follows the ball at up to 240 px per second
const AI_SPEED = 240;
class Pong extends Phaser.Scene {
  constructor() { super('pong'); }
  create() {
    this.ball = this.add.circle(300, 200, 8, 0xffffff);
    this.vel = { x: 200, y: 140 };
    this.ai = this.add.rectangle(570, 200, 12, 80, 0x90caf9);
  }
  update(time, delta) {
    const dt = delta / 1000;
    this.ball.x += this.vel.x * dt; this.ball.y += this.vel.y * dt;
    if (this.ball.y < 8 || this.ball.y > 392) this.vel.y *= -1;
    if (this.ball.x < 8 || this.ball.x > 560) this.vel.x *= -1;
    const vy = Phaser.Math.Clamp((this.ball.y - this.ai.y) * 5, -AI_SPEED, AI_SPEED);
    this.ai.y += vy * dt;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Pong });
