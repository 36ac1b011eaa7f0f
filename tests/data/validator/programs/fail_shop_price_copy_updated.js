// Shop: each purchase of an upgrade raises its price by 50%
const upgrades = [{ name: 'Pickaxe', price: 20, level: 0 }, { name: 'Cart', price: 100, level: 0 }];
let money = 500;
function buy(item) {
  let price = item.price;
  if (money < price) return false;
  money -= price;
  item.level += 1;
  price = Math.round(price * 1.5);
  return true;
}
class ShopScene extends Phaser.Scene {
  constructor() { super('shop'); }
  create() {
    this.rows = upgrades.map((u, i) => {
      const t = this.add.text(100, 150 + i * 80, '', { fontSize: '24px', color: '#fff', backgroundColor: '#455a64', padding: { x: 10, y: 6 } }).setInteractive();
      t.on('pointerdown', () => { buy(u); this.refresh(); });
      return t;
    });
    this.moneyText = this.add.text(100, 60, '', { fontSize: '24px', color: '#ffd54f' });
    this.refresh();
  }
  refresh() {
    this.moneyText.setText('Money: ' + money);
    upgrades.forEach((u, i) => this.rows[i].setText(u.name + ' Lv' + u.level + '  price ' + u.price));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: ShopScene });
