// General store: Apple $2, Bread $3 and Cheese $5 start with 3 in stock; UP/DOWN picks an item, ENTER buys it with your coins, and a sold-out item restocks to 3 after 4 seconds.
const MAX_STOCK = 3;
const RESTOCK_MS = 4000;

class StoreScene extends Phaser.Scene {
  constructor() {
    super('Store');
  }

  create() {
    this.items = [
      { name: 'Apple', price: 2, stock: MAX_STOCK, color: 0xe53935 },
      { name: 'Bread', price: 3, stock: MAX_STOCK, color: 0xd7a35b },
      { name: 'Cheese', price: 5, stock: MAX_STOCK, color: 0xfdd835 }
    ];
    this.cursor = 0;
    this.selected = this.items[0];
    this.registry.set('coins', 30);

    this.add.text(400, 50, 'GENERAL STORE', { fontSize: '40px', color: '#fff8e1' }).setOrigin(0.5);
    this.rows = this.items.map((item, i) => {
      const y = 170 + i * 110;
      this.add.rectangle(400, y, 520, 90, 0x4e342e).setStrokeStyle(2, 0x8d6e63);
      this.add.circle(190, y, 28, item.color);
      return this.add.text(240, y - 16, '', { fontSize: '28px', color: '#ffffff' });
    });
    this.highlight = this.add.rectangle(400, 170, 530, 100).setStrokeStyle(5, 0xffeb3b);
    this.coinText = this.add.text(20, 540, '', { fontSize: '28px', color: '#ffd54f' });
    this.add.text(460, 548, 'UP/DOWN select, ENTER buy', { fontSize: '20px', color: '#bcaaa4' });

    this.registry.events.on('changedata-coins', (parent, value) => this.coinText.setText(`Coins: ${value}`));
    this.events.once('shutdown', () => this.registry.events.off('changedata-coins'));
    this.coinText.setText(`Coins: ${this.registry.get('coins')}`);

    const keys = this.input.keyboard.addKeys({ up: 'UP', down: 'DOWN', buy: 'ENTER' });
    keys.up.on('down', () => this.move(-1));
    keys.down.on('down', () => this.move(1));
    keys.buy.on('down', () => this.buy());
    this.refresh();
  }

  move(step) {
    this.cursor = Phaser.Math.Wrap(this.cursor + step, 0, this.items.length);
    this.selected = this.items[this.cursor];
    this.highlight.y = 170 + this.cursor * 110;
  }

  buy() {
    const coins = this.registry.get('coins');
    if (this.selected.stock === 0 || coins < this.selected.price) return;
    this.selected.stock -= 1;
    this.registry.set('coins', coins - this.selected.price);
    if (this.selected.stock === 0) {
      this.time.delayedCall(RESTOCK_MS, () => {
        this.selected.stock = MAX_STOCK;
        this.refresh();
      });
    }
    this.refresh();
  }

  refresh() {
    this.items.forEach((item, i) => {
      const stock = item.stock > 0 ? `stock ${item.stock}` : 'SOLD OUT';
      this.rows[i].setText(`${item.name}  $${item.price}   ${stock}`);
      this.rows[i].setColor(item.stock > 0 ? '#ffffff' : '#ef9a9a');
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#3e2723',
  scene: StoreScene
});
