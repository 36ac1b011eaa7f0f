// 点击屏幕让小鸟上飞；右上角暂停按钮，暂停时再点它继续（点按钮不应让小鸟飞）
class Flap extends Phaser.Scene {
  constructor() { super('flap'); }
  create() {
    this.paused = false;
    this.flaps = 0;
    this.bird = this.add.circle(120, 200, 14, 0xffdd33);
    this.vy = 0;
    this.info = this.add.text(10, 10, 'flaps: 0', { fontSize: '16px', color: '#fff' });
    this.pauseBtn = this.add.text(330, 10, 'II', { fontSize: '24px', color: '#fff', backgroundColor: '#335' }).setInteractive();
    this.pauseBtn.on('pointerdown', () => this.togglePause());
    this.input.on('pointerdown', () => {
      if (this.paused) return;
      this.vy = -260;
      this.flaps += 1;
      this.info.setText('flaps: ' + this.flaps);
    });
  }
  togglePause() {
    if (this.paused) {
      this.paused = false;
      this.pauseBtn.setText('II');
    } else {
      this.paused = true;
      this.pauseBtn.setText('▶');
    }
  }
  update(time, delta) {
    if (this.paused) return;
    this.vy = Math.min(this.vy + 600 * delta / 1000, 400);
    this.bird.y = Phaser.Math.Clamp(this.bird.y + this.vy * delta / 1000, 14, 386);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 380, height: 400, backgroundColor: '#6ab', scene: Flap });
