// 方块下落：每隔一段时间下落一格，每消除一行速度加快
class DropScene extends Phaser.Scene {
  constructor() { super('drop'); }
  create() {
    this.speed = 600;
    this.row = 0;
    this.lines = 0;
    this.block = this.add.rectangle(400, 20, 40, 40, 0x29b6f6);
    this.info = this.add.text(16, 16, '', { fontSize: '18px', color: '#fff' });
    this.dropTimer = this.time.addEvent({ delay: this.speed, callback: this.step, callbackScope: this, loop: true });
  }
  step() {
    this.row += 1;
    this.block.y = 20 + (this.row % 14) * 40;
    if (this.row % 14 === 0) this.clearLine();
    this.info.setText('lines ' + this.lines + '  speed ' + this.speed);
  }
  clearLine() {
    this.lines += 1;
    this.speed = Math.max(100, this.speed - 100);
    this.dropTimer.reset({ delay: this.speed, callback: this.step, callbackScope: this });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#102027', scene: DropScene });
