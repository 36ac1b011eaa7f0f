// 打字练习：屏幕上显示一个大写字母，按下对应的键得分
const LETTERS = ['A', 'S', 'D', 'F', 'J', 'K', 'L'];
class TypeScene extends Phaser.Scene {
  create() {
    this.score = 0;
    this.target = Phaser.Utils.Array.GetRandom(LETTERS);
    this.big = this.add.text(400, 260, this.target, { fontSize: '96px', color: '#ffffff' }).setOrigin(0.5);
    this.scoreText = this.add.text(20, 20, '得分: 0', { fontSize: '22px', color: '#ffee88' });
    this.input.keyboard.on('keydown', (event) => {
      if (!LETTERS.includes(event.key)) return;
      if (event.key === this.target) {
        this.score += 1;
        this.scoreText.setText('得分: ' + this.score);
        this.target = Phaser.Utils.Array.GetRandom(LETTERS);
        this.big.setText(this.target);
      }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: TypeScene });
