// 20 秒点星星：每点一颗星星 +1 分，时间到显示得分，2 秒后自动开始新一局
class Round extends Phaser.Scene {
  constructor() { super('round'); }
  create() {
    this.score = 0;
    this.label = this.add.text(10, 10, 'score: 0', { fontSize: '18px', color: '#fff' });
    this.events.on('star-hit', (points) => {
      this.score += points;
      this.label.setText('score: ' + this.score);
    });
    this.star = this.add.star(200, 150, 5, 12, 26, 0xffee00).setInteractive();
    this.star.on('pointerdown', () => {
      this.events.emit('star-hit', 1);
      this.star.setPosition(Phaser.Math.Between(40, 360), Phaser.Math.Between(60, 260));
    });
    this.time.delayedCall(20000, () => {
      this.label.setText('time! score: ' + this.score);
      this.time.delayedCall(2000, () => this.scene.restart());
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 300, backgroundColor: '#113', scene: Round });
