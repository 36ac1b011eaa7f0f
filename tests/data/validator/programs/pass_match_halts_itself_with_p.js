// P pauses the match and P again resumes it (the match keeps hearing keys: only its motion stops).
class Match extends Phaser.Scene {
  constructor() { super('match'); }
  preload() {}
  create() {
    this.ball = this.add.circle(400, 300, 10, 0xffffff);
    this.vx = 240;
    this.halted = false;
    this.input.keyboard.on('keydown-P', () => { this.halted = !this.halted; });
  }
  update(time, delta) {
    if (this.halted) return;
    this.ball.x += (this.vx * delta) / 1000;
    if (this.ball.x < 10 || this.ball.x > 790) this.vx = -this.vx;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Match });
