// A shop dialogue: the shopkeeper greets the player, the wares are listed cheapest first with their prices, and clicking a ware buys that item if the player has enough gold, taking its price from the 60 gold purse.
const STOCK = [
  { name: 'Healing Potion', price: 12 },
  { name: 'Iron Sword', price: 45 },
  { name: 'Lantern Oil', price: 5 },
  { name: 'Leather Boots', price: 20 }
];

class ShopScene extends Phaser.Scene {
  constructor() { super('Shop'); }

  create() {
    this.bag = [];
    this.data.set('gold', 60);

    this.add.rectangle(400, 130, 800, 260, 0x3a2a1a);
    this.add.rectangle(150, 150, 120, 160, 0x7a5230).setStrokeStyle(3, 0x2a1a0a);
    this.add.circle(150, 110, 34, 0xe8c39e);

    this.speech = this.add.text(250, 60, '', {
      fontSize: '20px', color: '#fff4d6', wordWrap: { width: 500 }, backgroundColor: '#00000088', padding: { x: 10, y: 8 }
    });
    this.goldText = this.add.text(780, 280, '', { fontSize: '22px', color: '#ffd700' }).setOrigin(1, 0);
    this.bagText = this.add.text(20, 560, 'Bag: empty', { fontSize: '18px', color: '#cccccc' });

    this.data.events.on('changedata-gold', (parent, value) => this.goldText.setText(`Gold: ${value}`));
    this.goldText.setText(`Gold: ${this.data.get('gold')}`);

    this.wares = [...STOCK].sort((a, b) => a.price - b.price);
    this.rows = this.wares.map((item, i) => {
      const y = 330 + i * 52;
      const row = this.add.rectangle(400, y, 520, 44, 0x2b2b3d).setStrokeStyle(1, 0x9999bb)
        .setInteractive({ useHandCursor: true });
      this.add.text(160, y, item.name, { fontSize: '20px', color: '#ffffff' }).setOrigin(0, 0.5);
      this.add.text(640, y, `${item.price} g`, { fontSize: '20px', color: '#ffd700' }).setOrigin(1, 0.5);
      row.on('pointerover', () => row.setFillStyle(0x41415c));
      row.on('pointerout', () => row.setFillStyle(0x2b2b3d));
      row.on('pointerdown', () => this.buy(i));
      return row;
    });

    this.say('Welcome, traveller! Finest goods this side of the river. Click anything you fancy.');
  }

  say(text) {
    this.speech.setText(text);
  }

  buy(i) {
    const item = STOCK[i];
    const gold = this.data.get('gold');
    if (gold < item.price) {
      this.say(`A ${item.name} is ${item.price} gold. Come back with a heavier purse!`);
      return;
    }
    this.data.set('gold', gold - item.price);
    this.bag.push(item.name);
    this.bagText.setText('Bag: ' + this.bag.join(', '));
    this.say(`One ${item.name}, a fine choice! Anything else?`);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1a1410', scene: ShopScene });
