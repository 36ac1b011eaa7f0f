// P pauses the match and P again resumes it: the key handler is the match scene's own, and a paused scene hears no
// keys, so the second P never arrives.
class Match extends Phaser.Scene {
  constructor() { super('match'); }
  preload() {}
  create() {
    this.ball = this.add.circle(400, 300, 10, 0xffffff);
    this.vx = 240;
    this.input.keyboard.on('keydown-P', () => {
      if (this.scene.isPaused()) this.scene.resume();
      else this.scene.pause();
    });
  }
  update(time, delta) {
    this.ball.x += (this.vx * delta) / 1000;
    if (this.ball.x < 10 || this.ball.x > 790) this.vx = -this.vx;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Match });
