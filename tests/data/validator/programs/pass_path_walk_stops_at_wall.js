// Robot walk: press SPACE to run the programmed steps; the robot stops for good at the first step into the wall
const N = 6, S = 50;
class Walk extends Phaser.Scene {
  constructor() { super('walk'); }
  create() {
    this.add.grid(300, 200, N * S, N * S, S, S, 0x263238, 1, 0x455a64);
    this.pos = { r: 0, c: 0 };
    this.robot = this.add.circle(0, 0, 16, 0x4dd0e1);
    this.place();
    this.program = [[0, 1], [0, 1], [1, 0], [1, 0], [0, 1], [-1, 0], [-1, 0], [-1, 0]];
    this.input.keyboard.once('keydown-SPACE', () => this.run());
  }
  place() { this.robot.setPosition(175 + this.pos.c * S, 75 + this.pos.r * S); }
  run() {
    for (const [dr, dc] of this.program) {
      const nr = this.pos.r + dr, nc = this.pos.c + dc;
      if (nr < 0 || nr >= N || nc < 0 || nc >= N) return;
      this.pos = { r: nr, c: nc };
      this.place();
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Walk });
