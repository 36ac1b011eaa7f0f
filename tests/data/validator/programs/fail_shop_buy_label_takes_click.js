// 商店：点击“购买”按钮花 10 金币买一把剑，金币不足时提示
class Shop extends Phaser.Scene {
  constructor() { super('shop'); }
  create() {
    this.gold = 35;
    this.swords = 0;
    this.info = this.add.text(20, 20, '', { fontSize: '18px', color: '#ffd700' });
    this.refresh();
    const buy = this.add.rectangle(200, 160, 180, 60, 0x8e44ad).setInteractive({ useHandCursor: true });
    this.add.text(200, 160, '购买 (10)', { fontSize: '24px', color: '#fff' }).setOrigin(0.5).setInteractive({ useHandCursor: true });
    buy.on('pointerdown', () => {
      if (this.gold < 10) { this.info.setText('金币不足！'); return; }
      this.gold -= 10;
      this.swords += 1;
      this.refresh();
    });
  }
  refresh() {
    this.info.setText('金币: ' + this.gold + '   剑: ' + this.swords);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 260, backgroundColor: '#2c3e50', scene: Shop });
