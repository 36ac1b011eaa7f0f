// 点心工厂：点击赚钱，购买烤炉提升每秒收入
class Bakery extends Phaser.Scene {
  constructor() { super('bakery'); }
  create() {
    this.coins = 0;
    this.ovens = 0;
    this.coinText = this.add.text(20, 20, '', { fontSize: '24px', color: '#ffe082' });
    this.rateText = this.add.text(20, 56, '', { fontSize: '18px', color: '#ffffff' });
    const bun = this.add.circle(320, 200, 60, 0xffcc80).setInteractive();
    bun.on('pointerdown', () => { this.coins += 1; });
    const buy = this.add.rectangle(320, 320, 200, 50, 0x6d4c41).setInteractive();
    this.add.text(320, 320, '买烤炉 (10)', { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5);
    buy.on('pointerdown', () => { if (this.coins >= 10) { this.coins -= 10; this.ovens++; } });
  }
  coinsPerSecond() { return this.ovens * 0.5; }
  update(time, delta) {
    this.coins += this.coinsPerSecond() * delta / 1000;
    this.coinText.setText('金币: ' + Math.floor(this.coins));
    this.rateText.setText('每秒: ' + this.coinsPerSecond().toFixed(1));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 400, backgroundColor: '#3e2723', scene: Bakery });
