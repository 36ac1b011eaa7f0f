// A market: click a good to buy one; each good shows how many you own
const GOODS = [{ name: 'Grain', price: 5 }, { name: 'Iron', price: 12 }, { name: 'Silk', price: 30 }];
class Market extends Phaser.Scene {
  create() {
    this.stock = {};
    this.labels = GOODS.map((good, i) => {
      const label = this.add.text(100, 120 + i * 80, '', { fontSize: '26px', color: '#ffffff', backgroundColor: '#224466' }).setInteractive();
      label.on('pointerdown', () => this.buy(good));
      return label;
    });
    this.refresh();
  }
  buy(good) {
    this.stock[good] = (this.stock[good] || 0) + 1;
    this.refresh();
  }
  refresh() {
    GOODS.forEach((good, i) => this.labels[i].setText(good.name + ' ($' + good.price + '): owned ' + (this.stock[good] || 0)));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Market });
