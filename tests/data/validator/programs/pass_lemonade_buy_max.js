// Lemonade idle game: clicking the lemon gives coins (1 per click plus Sugar bonuses). A Stand costs 20 x 1.1^owned and makes 2 coins/s; "Buy max" buys as many Stands as the coins allow, each at its own rising price. Upgrades: Sugar (only 3 in stock, 50 coins, +1 per click), Ice (only 1 in stock, 200 coins, doubles Stand output) and Ad (unlimited, 100 coins, +1 coin/s); an upgrade whose stock is used up shows SOLD OUT and cannot be bought.
const UPGRADES = [
  { key: 'sugar', name: 'Sugar', cost: 50, stock: 3 },
  { key: 'ice', name: 'Ice', cost: 200, stock: 1 },
  { key: 'ad', name: 'Ad', cost: 100 }
];

class Lemonade extends Phaser.Scene {
  constructor() {
    super('lemonade');
  }

  create() {
    this.cameras.main.setBackgroundColor('#fff8e1');
    this.coins = 0;
    this.stands = 0;
    this.bought = { sugar: 0, ice: 0, ad: 0 };
    this.stock = UPGRADES.map((u) => u.stock);

    const lemon = this.add.ellipse(180, 220, 170, 130, 0xffeb3b).setStrokeStyle(6, 0xf9a825).setInteractive({ useHandCursor: true });
    lemon.on('pointerdown', () => {
      this.coins += 1 + this.bought.sugar;
      this.tweens.add({ targets: lemon, scaleX: 1.08, scaleY: 0.92, duration: 70, yoyo: true });
    });

    const style = { fontSize: '20px', color: '#3e2723' };
    this.coinText = this.add.text(40, 340, '', { fontSize: '30px', color: '#3e2723' });
    this.rateText = this.add.text(40, 380, '', style);

    const button = (x, y, onClick) => {
      const t = this.add.text(x, y, '', { fontSize: '20px', color: '#ffffff', backgroundColor: '#6d4c41', padding: { x: 8, y: 6 } });
      t.setInteractive({ useHandCursor: true }).on('pointerdown', onClick);
      return t;
    };
    this.standBtn = button(40, 440, () => this.buyStand());
    this.maxBtn = button(40, 490, () => this.buyMax());
    this.upgradeBtns = UPGRADES.map((u, i) => button(430, 120 + i * 60, () => this.buyUpgrade(i)));
    this.add.text(430, 70, 'Upgrades', { fontSize: '26px', color: '#3e2723' });
  }

  standPrice() {
    return Math.ceil(20 * Math.pow(1.1, this.stands));
  }

  buyStand() {
    const p = this.standPrice();
    if (this.coins < p) return;
    this.coins -= p;
    this.stands++;
  }

  buyMax() {
    while (this.coins >= this.standPrice()) {
      this.coins -= this.standPrice();
      this.stands++;
    }
  }

  buyUpgrade(i) {
    const u = UPGRADES[i];
    const left = this.stock[i] ?? Infinity;
    if (left <= 0 || this.coins < u.cost) return;
    this.coins -= u.cost;
    if (this.stock[i] !== undefined) this.stock[i]--;
    this.bought[u.key]++;
  }

  rate() {
    const perStand = this.bought.ice > 0 ? 4 : 2;
    return this.stands * perStand + this.bought.ad;
  }

  update(time, delta) {
    this.coins += this.rate() * delta / 1000;
    this.coinText.setText('Coins: ' + Math.floor(this.coins));
    this.rateText.setText('Stands: ' + this.stands + '   ' + this.rate() + ' coins/s');
    this.standBtn.setText('Buy Stand (' + this.standPrice() + ')');
    this.maxBtn.setText('Buy max Stands');
    UPGRADES.forEach((u, i) => {
      const left = this.stock[i] ?? Infinity;
      const label = left <= 0 ? u.name + ': SOLD OUT' : u.name + ' (' + u.cost + ')  ' + (left === Infinity ? 'unlimited' : left + ' left');
      this.upgradeBtns[i].setText(label).setAlpha(left > 0 && this.coins >= u.cost ? 1 : 0.5);
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: Lemonade
};

new Phaser.Game(config);
