// 电梯：点击楼层按钮，电梯空闲时才出发去那一层（状态：idle / moving）
class Lift extends Phaser.Scene {
  constructor() { super('lift'); }
  create() {
    this.state = 'idle';
    this.car = this.add.rectangle(200, 340, 60, 60, 0x90a4ae);
    this.info = this.add.text(10, 10, 'idle', { fontSize: '16px', color: '#fff' });
    [340, 220, 100].forEach((y, floor) => {
      const btn = this.add.text(300, y, 'floor ' + (floor + 1), { fontSize: '18px', color: '#ff0', backgroundColor: '#333' }).setInteractive();
      btn.on('pointerdown', () => this.callTo(y));
    });
  }
  callTo(y) {
    if (this.state !== 'idle') return;
    this.state = 'moving';
    this.info.setText('moving');
    this.tweens.add({ targets: this.car, y, duration: 800, onComplete: () => { this.state = 'idle'; this.info.setText('idle'); } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 400, backgroundColor: '#263238', scene: Lift });
