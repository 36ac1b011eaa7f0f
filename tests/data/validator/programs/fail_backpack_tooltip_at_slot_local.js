// 背包界面：4x3 格子放在面板容器里，点击格子在格子上方弹出物品名称提示
const ITEMS = ['剑', '盾', '药水', '钥匙', '弓', '箭', '面包', '地图', '火把', '绳子', '宝石', '金币'];
class Bag extends Phaser.Scene {
  constructor() { super('bag'); }
  create() {
    this.panel = this.add.container(220, 120);
    this.panel.add(this.add.rectangle(0, 0, 300, 230, 0x2a2a3a).setOrigin(0));
    ITEMS.forEach((name, i) => {
      const slot = this.add.rectangle(20 + (i % 4) * 70, 20 + Math.floor(i / 4) * 70, 60, 60, 0x555577).setOrigin(0).setInteractive();
      const label = this.add.text(slot.x + 30, slot.y + 30, name, { fontSize: '14px', color: '#fff' }).setOrigin(0.5);
      this.panel.add([slot, label]);
      slot.on('pointerdown', () => this.showTip(slot, name));
    });
  }
  showTip(slot, name) {
    if (this.tip) this.tip.destroy();
    this.tip = this.add.text(slot.x + 30, slot.y - 12, name, { fontSize: '16px', color: '#ff0', backgroundColor: '#000' }).setOrigin(0.5);
    this.time.delayedCall(1200, () => { if (this.tip) this.tip.setVisible(false); });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 760, height: 480, backgroundColor: '#111', scene: Bag });
