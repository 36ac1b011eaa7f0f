// Farmers' market: you hold 10 Wheat, 10 Corn and 10 Pumpkins; every 3 seconds each price changes by a random -3..+3 coins (never below 1), and each row shows a green ▲ if that price rose at the last change, a red ▼ if it fell, nothing if unchanged; click SELL on a row to sell one for its current price.
const GOODS = ['Wheat', 'Corn', 'Pumpkin'];
const START_PRICES = { Wheat: 5, Corn: 8, Pumpkin: 15 };

class MarketScene extends Phaser.Scene {
  constructor() {
    super('Market');
  }

  create() {
    this.coins = 0;
    this.stock = { Wheat: 10, Corn: 10, Pumpkin: 10 };
    this.prices = Object.assign({}, START_PRICES);
    this.prevPrices = Object.assign({}, START_PRICES);
    this.rows = {};

    this.add.text(400, 40, 'Farmers\' Market', { fontSize: '32px', color: '#fff8e1' }).setOrigin(0.5);
    this.coinText = this.add.text(400, 90, '', { fontSize: '22px', color: '#ffd54f' }).setOrigin(0.5);

    GOODS.forEach((good, i) => {
      const y = 180 + i * 110;
      this.add.rectangle(400, y, 620, 90, 0x3e2723).setStrokeStyle(2, 0xa1887f);
      const name = this.add.text(120, y, good, { fontSize: '26px', color: '#ffffff' }).setOrigin(0, 0.5);
      const price = this.add.text(300, y, '', { fontSize: '24px', color: '#ffffff' }).setOrigin(0, 0.5);
      const arrow = this.add.text(410, y, '', { fontSize: '28px', color: '#ffffff' }).setOrigin(0, 0.5);
      const stock = this.add.text(460, y, '', { fontSize: '20px', color: '#d7ccc8' }).setOrigin(0, 0.5);
      const sell = this.add.text(620, y, ' SELL ', { fontSize: '22px', color: '#000000', backgroundColor: '#aed581' }).setOrigin(0.5);
      sell.setInteractive({ useHandCursor: true });
      sell.on('pointerdown', () => this.sell(good));
      this.rows[good] = { name, price, arrow, stock };
    });

    this.countdown = this.add.text(400, 520, '', { fontSize: '18px', color: '#bcaaa4' }).setOrigin(0.5);
    this.priceTimer = this.time.addEvent({ delay: 3000, loop: true, callback: this.changePrices, callbackScope: this });
    this.refresh();
  }

  changePrices() {
    this.prevPrices = this.prices;
    GOODS.forEach(good => {
      const next = this.prices[good] + Phaser.Math.Between(-3, 3);
      this.prices[good] = Math.max(1, next);
    });
    this.refresh();
  }

  sell(good) {
    if (this.stock[good] <= 0) {
      this.rows[good].stock.setColor('#ef5350');
      return;
    }
    this.stock[good] -= 1;
    this.coins += this.prices[good];
    this.tweens.add({ targets: this.coinText, scale: { from: 1.3, to: 1 }, duration: 200 });
    this.refresh();
  }

  refresh() {
    GOODS.forEach(good => {
      const row = this.rows[good];
      row.price.setText(this.prices[good] + ' coins');
      const diff = this.prices[good] - this.prevPrices[good];
      if (diff > 0) row.arrow.setText('▲').setColor('#66bb6a');
      else if (diff < 0) row.arrow.setText('▼').setColor('#ef5350');
      else row.arrow.setText('');
      row.stock.setText('You have ' + this.stock[good]).setColor('#d7ccc8');
    });
    this.coinText.setText('Coins: ' + this.coins);
  }

  update() {
    const left = Math.ceil(this.priceTimer.getRemaining() / 1000);
    this.countdown.setText('Prices change in ' + left + ' s');
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b5e20',
  scene: MarketScene
};

new Phaser.Game(config);
