// Trading post: you start with 200 gold; the shop sells Bread (8 gold, stock 5), Rope (15 gold, stock 3), Lantern (40 gold, stock 2) and Map (25 gold, unlimited stock). Clicking an item buys one if you can afford it and it is in stock, lowering its stock; an item at 0 stock shows "SOLD OUT" and cannot be bought, and every 10 seconds each limited item regains 1 stock up to its starting stock.
const ITEMS = [
  { name: 'Bread', price: 8, stock: 5, max: 5, color: 0xd7a86e },
  { name: 'Rope', price: 15, stock: 3, max: 3, color: 0xa1887f },
  { name: 'Lantern', price: 40, stock: 2, max: 2, color: 0xffd54f },
  { name: 'Map', price: 25, stock: null, max: null, color: 0x81c784 }
];

function remaining(item) {
  return item.stock || Infinity;
}

class TradingPost extends Phaser.Scene {
  constructor() {
    super({ key: 'TradingPost' });
  }

  create() {
    this.gold = 200;
    this.bag = {};
    this.items = ITEMS.map((it) => Object.assign({}, it));

    this.add.text(400, 40, 'TRADING POST', { fontSize: '34px', color: '#ffe0b2', fontStyle: 'bold' }).setOrigin(0.5);
    this.goldText = this.add.text(40, 80, '', { fontSize: '26px', color: '#ffd54f' });
    this.bagText = this.add.text(40, 520, '', { fontSize: '18px', color: '#ffffff', wordWrap: { width: 720 } });
    this.msgText = this.add.text(400, 470, '', { fontSize: '20px', color: '#ff8a80' }).setOrigin(0.5);

    this.cards = this.items.map((item, i) => {
      const card = this.add.container(130 + i * 180, 280);
      const bg = this.add.rectangle(0, 0, 160, 220, 0x4e342e).setStrokeStyle(3, 0xbcaaa4);
      const icon = this.add.circle(0, -55, 32, item.color);
      const name = this.add.text(0, 0, item.name, { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
      const price = this.add.text(0, 32, item.price + ' gold', { fontSize: '18px', color: '#ffd54f' }).setOrigin(0.5);
      const stock = this.add.text(0, 70, '', { fontSize: '18px', color: '#c8e6c9' }).setOrigin(0.5);
      card.add([bg, icon, name, price, stock]);
      bg.setInteractive({ useHandCursor: true });
      bg.on('pointerdown', () => this.buy(item, card));
      return { item, bg, stock };
    });

    this.time.addEvent({
      delay: 10000,
      loop: true,
      callback: () => {
        this.items.forEach((item) => {
          if (item.max !== null && item.stock < item.max) item.stock += 1;
        });
        this.refresh();
      }
    });

    this.refresh();
  }

  buy(item, card) {
    const left = remaining(item);
    if (left <= 0) {
      this.msgText.setText(item.name + ' is sold out');
      return;
    }
    if (this.gold < item.price) {
      this.msgText.setText('Not enough gold for ' + item.name);
      return;
    }
    this.gold -= item.price;
    if (left !== Infinity) item.stock = left - 1;
    this.bag[item.name] = (this.bag[item.name] || 0) + 1;
    this.msgText.setText('');
    this.tweens.add({ targets: card, y: { from: 270, to: 280 }, duration: 120 });
    this.refresh();
  }

  refresh() {
    this.goldText.setText('Gold: ' + this.gold);
    this.cards.forEach((c) => {
      const left = remaining(c.item);
      if (left === Infinity) {
        c.stock.setText('Stock: unlimited');
      } else if (left > 0) {
        c.stock.setText('Stock: ' + left);
      } else {
        c.stock.setText('SOLD OUT');
      }
      c.bg.setFillStyle(left > 0 ? 0x4e342e : 0x2b2b2b);
    });
    const names = Object.keys(this.bag);
    this.bagText.setText('Bag: ' + (names.length ? names.map((n) => n + ' x' + this.bag[n]).join(', ') : 'empty'));
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#2d1b12',
  scene: TradingPost
};

new Phaser.Game(config);
