// 每次点击画面，在点击位置生成一个黄色星形。
class Taps extends Phaser.Scene {
  create() {
    this.count = 0;
    this.label = this.add.text(20, 20, 'Stars: 0', { fontSize: '22px', color: '#ffffff' });
    this.input.on('pointerdown', (pointer) => {
      this.add.star(pointer.x, pointer.y, 5, 12, 28, 0xffdd33);
      this.count += 1;
      this.label.setText('Stars: ' + this.count);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Taps });
