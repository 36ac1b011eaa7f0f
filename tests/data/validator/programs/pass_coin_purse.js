// Coin counting shop: an item with a price from $0.05 to $2.00 (a multiple of 5 cents) is shown; click the coin buttons (1¢, 5¢, 10¢, 25¢, $1) to put coins in the purse and click a coin in the purse to take it back; the purse total is always shown in dollars and cents (e.g. $1.05), and Enter or the PAY button pays: an exact total scores a point and brings a new item, any other total shows "Not right" and keeps the purse.
const COINS = [
  { value: 1, label: '1¢', color: 0xb87333, r: 22 },
  { value: 5, label: '5¢', color: 0xb0b0b0, r: 25 },
  { value: 10, label: '10¢', color: 0xd6d6d6, r: 23 },
  { value: 25, label: '25¢', color: 0xe8e8e8, r: 28 },
  { value: 100, label: '$1', color: 0xf2c230, r: 30 }
];
const ITEMS = ['Pencil', 'Eraser', 'Apple', 'Sticker', 'Notebook', 'Ruler', 'Juice box', 'Crayons', 'Glue stick'];

function formatMoney(cents) {
  return '$' + Math.floor(cents / 100) + '.' + Phaser.Utils.String.Pad(cents % 100, 2, '0', 1);
}

class ShopScene extends Phaser.Scene {
  constructor() {
    super('Shop');
  }

  create() {
    this.cameras.main.setBackgroundColor('#2d4a3e');
    COINS.forEach((c) => {
      const g = this.add.graphics();
      g.fillStyle(c.color, 1);
      g.fillCircle(c.r, c.r, c.r);
      g.lineStyle(3, 0x5a5a5a, 1);
      g.strokeCircle(c.r, c.r, c.r - 1.5);
      g.generateTexture('coin' + c.value, c.r * 2, c.r * 2);
      g.destroy();
    });

    this.score = 0;
    this.purse = [];

    this.scoreText = this.add.text(20, 16, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
    this.itemText = this.add.text(400, 50, '', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
    this.priceText = this.add.text(400, 100, '', { fontSize: '38px', color: '#ffe066', fontStyle: 'bold' }).setOrigin(0.5);

    this.add.rectangle(400, 265, 660, 190, 0x1b2f27).setStrokeStyle(3, 0x88aa99);
    this.add.text(80, 145, 'Purse (click a coin to take it back)', { fontSize: '16px', color: '#cfe3d8' });
    this.totalText = this.add.text(80, 385, '', { fontSize: '28px', color: '#ffffff' });
    this.msgText = this.add.text(400, 440, '', { fontSize: '22px', color: '#ffcc66' }).setOrigin(0.5);

    COINS.forEach((c, i) => {
      const x = 160 + i * 120;
      const btn = this.add.image(x, 520, 'coin' + c.value).setInteractive({ useHandCursor: true });
      this.add.text(x, 520, c.label, { fontSize: '15px', color: '#222222', fontStyle: 'bold' }).setOrigin(0.5);
      btn.on('pointerdown', () => this.addCoin(c));
    });

    const pay = this.add.text(680, 400, 'PAY', {
      fontSize: '26px', color: '#ffffff', backgroundColor: '#3a7d44', padding: { x: 16, y: 8 }
    }).setOrigin(0.5).setInteractive({ useHandCursor: true });
    pay.on('pointerdown', () => this.pay());
    this.input.keyboard.on('keydown-ENTER', () => this.pay());

    this.newItem();
  }

  newItem() {
    this.price = Phaser.Math.Between(1, 40) * 5;
    this.itemText.setText(Phaser.Utils.Array.GetRandom(ITEMS));
    this.priceText.setText('Price: ' + formatMoney(this.price));
    this.purse.forEach((p) => {
      p.img.destroy();
      p.label.destroy();
    });
    this.purse = [];
    this.layoutPurse();
  }

  addCoin(c) {
    if (this.purse.length >= 24) {
      this.msgText.setText('The purse is full');
      return;
    }
    const img = this.add.image(0, 0, 'coin' + c.value).setScale(0.8).setInteractive({ useHandCursor: true });
    const label = this.add.text(0, 0, c.label, { fontSize: '13px', color: '#222222', fontStyle: 'bold' }).setOrigin(0.5);
    const entry = { img, label, value: c.value };
    img.on('pointerdown', () => this.removeCoin(entry));
    this.purse.push(entry);
    this.msgText.setText('');
    this.layoutPurse();
  }

  removeCoin(entry) {
    const i = this.purse.indexOf(entry);
    if (i === -1) return;
    this.purse.splice(i, 1);
    entry.img.destroy();
    entry.label.destroy();
    this.layoutPurse();
  }

  total() {
    return this.purse.reduce((sum, p) => sum + p.value, 0);
  }

  layoutPurse() {
    this.purse.forEach((p, i) => {
      const x = 110 + (i % 12) * 52;
      const y = 220 + Math.floor(i / 12) * 70;
      p.img.setPosition(x, y);
      p.label.setPosition(x, y);
    });
    this.totalText.setText('In purse: ' + formatMoney(this.total()));
  }

  pay() {
    const total = this.total();
    if (total === this.price) {
      this.score += 1;
      this.scoreText.setText('Score: ' + this.score);
      this.msgText.setText('Paid! Well counted.');
      this.cameras.main.flash(200, 80, 200, 120);
      this.newItem();
    } else {
      this.msgText.setText('Not right: the purse has ' + formatMoney(total) + ', the price is ' + formatMoney(this.price));
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: [ShopScene]
};

new Phaser.Game(config);
