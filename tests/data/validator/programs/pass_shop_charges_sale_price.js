// A shop: each item shows its sale price; Buy takes the sale price from your 200 gold, and items you cannot afford are refused
const ITEMS = [{ name: 'Potion', price: 40, sale: 0.5 }, { name: 'Shield', price: 120, sale: 0.25 }];
class Shop extends Phaser.Scene {
  create() {
    this.data.set('gold', 200);
    this.gold = this.add.text(16, 16, 'Gold: 200', { fontSize: '22px', color: '#ffd166' });
    ITEMS.forEach((item, i) => {
      this.add.text(100, 120 + i * 80, `${item.name}  ${this.priceOf(item)}g`, { fontSize: '24px', color: '#ffffff' });
      this.add.text(500, 120 + i * 80, 'Buy', { fontSize: '24px', color: '#88ff88' }).setInteractive().on('pointerdown', () => this.buy(item));
    });
  }
  priceOf(item) {
    return Math.round(item.price * (1 - item.sale));
  }
  buy(item) {
    const cost = this.priceOf(item);
    if (this.data.get('gold') < cost) return;
    this.data.inc('gold', -cost);
    this.gold.setText('Gold: ' + this.data.get('gold'));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Shop });
