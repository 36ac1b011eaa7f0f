// 让一个圆形在 2 秒内从原始大小缩放到 50%，然后恢复，循环播放。
class Pulse extends Phaser.Scene {
  create() {
    this.dot = this.add.circle(400, 300, 80, 0x33aaff);
    this.tweens.add({ targets: this.dot, scale: 0.5, duration: 2000, ease: 'Sine.easeInOut', yoyo: true });
    this.label = this.add.text(20, 20, '', { fontSize: '20px', color: '#ffffff' });
  }
  update() {
    this.label.setText('scale ' + this.dot.scale.toFixed(2));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Pulse });
