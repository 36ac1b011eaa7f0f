// Shop: in town press S to enter the shop, pick an item with UP/DOWN and buy it with ENTER if you have enough gold (gold and bag are kept in the game registry), ESC returns to town.
const STOCK = [
  { name: 'Potion', price: 15 },
  { name: 'Ether', price: 25 },
  { name: 'Iron Sword', price: 50 },
  { name: 'Chain Mail', price: 80 }
];

class TownScene extends Phaser.Scene {
  constructor() { super('Town'); }

  create() {
    if (!this.registry.has('gold')) {
      this.registry.set('gold', 50);
      this.registry.set('bag', []);
    }
    this.add.text(40, 40, 'Town Square', { fontSize: '28px' });
    this.add.text(40, 90, `Gold: ${this.registry.get('gold')}`, { fontSize: '20px', color: '#ffdd44' });
    this.add.text(40, 120, `Bag: ${this.registry.get('bag').join(', ') || 'empty'}`, { fontSize: '18px' });
    this.add.text(40, 300, 'Press S to enter the shop', { fontSize: '18px', color: '#aaaaaa' });
    this.input.keyboard.once('keydown-S', () => this.scene.start('Shop'));
  }
}

class ShopScene extends Phaser.Scene {
  constructor() { super('Shop'); }

  create() {
    this.selected = 0;
    this.add.text(40, 30, "Merchant's Wares", { fontSize: '26px' });
    this.rows = STOCK.map((item, i) =>
      this.add.text(70, 90 + i * 36, `${item.name.padEnd(12)} ${item.price} G`, { fontSize: '20px', fontFamily: 'monospace' }));
    this.cursor = this.add.text(40, 90, '>', { fontSize: '20px', color: '#ffdd44' });
    this.goldText = this.add.text(40, 260, '', { fontSize: '20px', color: '#ffdd44' });
    this.message = this.add.text(40, 300, 'ENTER: buy   ESC: leave', { fontSize: '18px', color: '#aaaaaa' });

    const kb = this.input.keyboard;
    kb.on('keydown-UP', () => this.move(-1));
    kb.on('keydown-DOWN', () => this.move(1));
    kb.on('keydown-ENTER', () => this.buy());
    kb.on('keydown-ESC', () => this.scene.start('Town'));
    this.showGold();
  }

  move(dir) {
    this.selected = Phaser.Math.Wrap(this.selected + dir, 0, STOCK.length);
    this.cursor.y = this.rows[this.selected].y;
  }

  buy() {
    const item = STOCK[this.selected];
    const gold = this.registry.get('gold');
    if (gold >= item.price) {
      this.registry.set('gold', gold - item.price);
      this.registry.set('bag', [...this.registry.get('bag'), item.name]);
      this.message.setText(`Bought ${item.name}!`);
    } else {
      this.message.setText('Not enough gold.');
    }
    this.showGold();
  }

  showGold() {
    this.goldText.setText(`Gold: ${this.registry.get('gold')}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 600,
  height: 360,
  backgroundColor: '#2b1d14',
  scene: [TownScene, ShopScene]
});
