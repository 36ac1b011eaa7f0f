// Sprint: press LEFT and RIGHT in turn as fast as you can; each alternate press moves the runner forward
class Sprint extends Phaser.Scene {
  constructor() { super('sprint'); }
  create() {
    this.runner = this.add.rectangle(40, 200, 20, 40, 0xff7043);
    this.last = null;
    this.input.keyboard.on('keydown-LEFT', () => this.tap('L'));
    this.input.keyboard.on('keydown-RIGHT', () => this.tap('R'));
  }
  tap(side) {
    this.last = side;
    if (side !== this.last) this.runner.x = Math.min(560, this.runner.x + 12);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Sprint });
