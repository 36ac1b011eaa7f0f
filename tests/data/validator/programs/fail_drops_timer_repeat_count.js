// 每隔 1 秒生成一个从上方落下的方块，一共生成 4 个
class Drops extends Phaser.Scene {
  create() {
    this.count = 4;
    this.made = 0;
    this.info = this.add.text(16, 16, '0 / 4', { fontSize: '22px', color: '#ffffff' });
    this.time.addEvent({ delay: 1000, repeat: this.count, callback: this.drop, callbackScope: this });
  }
  drop() {
    const box = this.add.rectangle(120 + this.made * 140, 0, 40, 40, 0x66ccff);
    this.tweens.add({ targets: box, y: 560, duration: 1200 });
    this.made += 1;
    this.info.setText(this.made + ' / ' + this.count);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Drops });
