// Coin tycoon: click the big gold coin for +1 coin; four buildings (Stand, Shop, Factory, Bank with base prices 15, 1,500, 120,000 and 2,000,000, each purchase raising that building's price by 15%) add 1, 20, 400 and 8,000 coins per second each. Every number shown (coins, coins per second, prices, rates) uses short format: whole numbers below 1,000, otherwise one decimal plus K, M or B, e.g. 1,500 shows as 1.5K and 2,000,000 as 2.0M.
const SUFFIXES = ['', 'K', 'M', 'B', 'T'];

function shortNumber(n) {
  if (n < 1000) return String(Math.floor(n));
  const tier = Math.min(Math.floor(Math.log10(n) / 3), SUFFIXES.length - 1);
  const scaled = n / Math.pow(10, tier);
  return (Math.floor(scaled * 10) / 10).toFixed(1) + SUFFIXES[tier];
}

class TycoonScene extends Phaser.Scene {
  constructor() {
    super('Tycoon');
  }

  create() {
    this.coins = 0;
    this.buildings = [
      { name: 'Stand', base: 15, rate: 1, owned: 0 },
      { name: 'Shop', base: 1500, rate: 20, owned: 0 },
      { name: 'Factory', base: 120000, rate: 400, owned: 0 },
      { name: 'Bank', base: 2000000, rate: 8000, owned: 0 }
    ];

    const g = this.add.graphics();
    g.fillStyle(0xb8860b, 1);
    g.fillCircle(80, 80, 80);
    g.fillStyle(0xffd700, 1);
    g.fillCircle(80, 80, 68);
    g.lineStyle(6, 0xb8860b, 1);
    g.strokeCircle(80, 80, 42);
    g.generateTexture('coin', 160, 160);
    g.destroy();

    this.add.text(200, 40, 'COIN TYCOON', { fontSize: '32px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    this.coinText = this.add.text(200, 110, '', { fontSize: '38px', color: '#ffd700', fontStyle: 'bold' }).setOrigin(0.5);
    this.rateText = this.add.text(200, 155, '', { fontSize: '20px', color: '#dddddd' }).setOrigin(0.5);

    this.coin = this.add.image(200, 340, 'coin').setInteractive({ useHandCursor: true });
    this.coin.on('pointerdown', (pointer) => {
      this.earn(1);
      this.tweens.add({ targets: this.coin, scale: { from: 0.9, to: 1 }, duration: 120 });
      const pop = this.add.text(pointer.x, pointer.y - 20, '+1', { fontSize: '24px', color: '#fff59d' }).setOrigin(0.5);
      this.tweens.add({ targets: pop, y: pop.y - 60, alpha: 0, duration: 700, onComplete: () => pop.destroy() });
    });

    this.rows = this.buildings.map((b, i) => {
      const y = 140 + i * 110;
      const bg = this.add.rectangle(590, y, 360, 90, 0x2e3b55).setStrokeStyle(2, 0x8899bb);
      bg.setInteractive({ useHandCursor: true });
      bg.on('pointerdown', () => this.buy(b));
      const title = this.add.text(425, y - 32, '', { fontSize: '22px', color: '#ffffff' });
      const info = this.add.text(425, y + 4, '', { fontSize: '18px', color: '#cfe3ff' });
      return { b, bg, title, info };
    });

    this.time.addEvent({
      delay: 100,
      loop: true,
      callback: () => this.earn(this.perSecond() / 10)
    });

    this.refresh();
  }

  price(b) {
    return Math.ceil(b.base * Math.pow(1.15, b.owned));
  }

  perSecond() {
    return this.buildings.reduce((sum, b) => sum + b.owned * b.rate, 0);
  }

  earn(amount) {
    this.coins += amount;
    this.refresh();
  }

  buy(b) {
    const p = this.price(b);
    if (this.coins < p) {
      this.cameras.main.shake(100, 0.003);
      return;
    }
    this.coins -= p;
    b.owned += 1;
    this.refresh();
  }

  refresh() {
    this.coinText.setText(shortNumber(this.coins) + ' coins');
    this.rateText.setText(shortNumber(this.perSecond()) + ' coins per second');
    this.rows.forEach((row) => {
      const p = this.price(row.b);
      row.title.setText(row.b.name + '  x' + row.b.owned);
      row.info.setText('Price ' + shortNumber(p) + '   +' + shortNumber(row.b.rate) + '/s each');
      row.bg.setFillStyle(this.coins >= p ? 0x2e5b3a : 0x2e3b55);
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b2233',
  scene: TycoonScene
};

new Phaser.Game(config);
