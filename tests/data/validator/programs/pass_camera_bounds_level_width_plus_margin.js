// Side scroller: the camera follows the runner over a level two screens wide with a margin at each end
const MARGIN = 0, LEVEL = 1200;
class Scroll extends Phaser.Scene {
  constructor() { super('scroll'); }
  create() {
    for (let x = 0; x < LEVEL; x += 100) this.add.rectangle(x, 380, 90, 40, 0x8bc34a).setOrigin(0, 0.5);
    this.runner = this.add.rectangle(60, 340, 20, 30, 0xffc107);
    this.cameras.main.setBounds(MARGIN, 0, MARGIN + LEVEL, 400);
    this.cameras.main.startFollow(this.runner);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    if (this.keys.right.isDown) this.runner.x = Math.min(LEVEL - 10, this.runner.x + 4);
    if (this.keys.left.isDown) this.runner.x = Math.max(10, this.runner.x - 4);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Scroll });
