// 保险箱：左右方向键转动表盘，转到隐藏的角度附近按空格开锁
class Safe extends Phaser.Scene {
  constructor() { super('safe'); }
  create() {
    this.dial = this.add.rectangle(200, 150, 8, 90, 0xffffff).setOrigin(0.5, 1);
    this.add.circle(200, 150, 100).setStrokeStyle(3, 0x888888);
    this.goal = Phaser.Math.Between(0, 359);
    this.status = this.add.text(10, 10, 'locked', { fontSize: '18px', color: '#f44' });
    this.keys = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-SPACE', () => {
      if (Math.abs(Phaser.Math.Angle.ShortestBetween(this.dial.angle, this.goal)) < 8) this.status.setText('OPEN!').setColor('#4f4');
      else this.status.setText('locked (try again)');
    });
  }
  update(time, delta) {
    if (this.keys.left.isDown) this.dial.angle -= 90 * delta / 1000;
    if (this.keys.right.isDown) this.dial.angle += 90 * delta / 1000;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 300, backgroundColor: '#333', scene: Safe });
