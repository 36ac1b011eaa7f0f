// Two lanes: press LEFT or RIGHT to move the car to the other lane.
class LaneScene extends Phaser.Scene {
  constructor() { super('lanes'); }
  preload() {}
  create() {
    this.add.rectangle(300, 300, 8, 600, 0xffffff);
    this.lanes = [200, 400];
    this.lane = 0;
    this.car = this.add.rectangle(this.lanes[0], 480, 50, 80, 0xe53935);
    this.input.keyboard.on('keydown-LEFT', () => this.moveTo(0));
    this.input.keyboard.on('keydown-RIGHT', () => this.moveTo(1));
  }
  moveTo(lane) {
    this.lane = lane;
    this.tweens.add({ targets: this.car, x: this.lanes[lane], duration: 150 });
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 600, backgroundColor: '#424242', scene: LaneScene });
