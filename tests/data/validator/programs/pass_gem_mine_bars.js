// Idle gem mine: clicking the big gem gives 1 gem; the buttons buy a Pick (cost 10, +1 gem/s), a Drill (cost 120, +10 gem/s) or a Quarry (cost 1500, +100 gem/s), each costing 15% more per copy owned. Large numbers are shown with suffixes (1,500 -> 1.50K, 2,300,000 -> 2.30M, then B and T), and a bar chart standing on a floor line grows upward to show each building's share of gems per second.
const SUFFIX = ['', 'K', 'M', 'B', 'T'];
const BUILDINGS = [
  { name: 'Pick', base: 10, rate: 1, color: 0x9ccc65 },
  { name: 'Drill', base: 120, rate: 10, color: 0x29b6f6 },
  { name: 'Quarry', base: 1500, rate: 100, color: 0xab47bc }
];

function fmt(n) {
  if (n < 1000) return String(Math.floor(n));
  let tier = 0;
  while (tier < SUFFIX.length - 1 && n >= Math.pow(1000, tier + 1)) tier++;
  const v = Math.floor((n / Math.pow(1000, tier)) * 100) / 100;
  return v.toFixed(2) + SUFFIX[tier];
}

class GemMine extends Phaser.Scene {
  constructor() {
    super('mine');
  }

  create() {
    this.cameras.main.setBackgroundColor('#263238');
    this.gems = 0;
    this.owned = BUILDINGS.map(() => 0);

    const gem = this.add.star(200, 200, 6, 50, 95, 0x4dd0e1).setStrokeStyle(4, 0xe0f7fa).setInteractive({ useHandCursor: true });
    gem.on('pointerdown', () => {
      this.gems += 1;
      this.tweens.add({ targets: gem, scale: 0.9, duration: 60, yoyo: true });
    });

    this.gemText = this.add.text(40, 340, '', { fontSize: '30px', color: '#ffffff' });
    this.rateText = this.add.text(40, 380, '', { fontSize: '20px', color: '#b0bec5' });

    this.buttons = BUILDINGS.map((b, i) => {
      const y = 450 + i * 48;
      const btn = this.add.text(40, y, '', { fontSize: '20px', color: '#000', backgroundColor: '#ffd54f', padding: { x: 8, y: 6 } }).setInteractive({ useHandCursor: true });
      btn.on('pointerdown', () => this.buy(i));
      return btn;
    });

    this.floorY = 520;
    this.add.line(0, 0, 430, this.floorY, 780, this.floorY, 0xffffff).setOrigin(0);
    this.bars = BUILDINGS.map((b, i) => {
      const x = 490 + i * 110;
      this.add.text(x, this.floorY + 10, b.name, { fontSize: '16px', color: '#ffffff' }).setOrigin(0.5, 0);
      return this.add.rectangle(x, this.floorY, 70, 1, b.color).setOrigin(0.5, 1);
    });
    this.add.text(430, 60, 'Share of gems per second', { fontSize: '18px', color: '#ffffff' });
  }

  price(i) {
    return Math.ceil(BUILDINGS[i].base * Math.pow(1.15, this.owned[i]));
  }

  rate() {
    return BUILDINGS.reduce((sum, b, i) => sum + b.rate * this.owned[i], 0);
  }

  buy(i) {
    const p = this.price(i);
    if (this.gems < p) return;
    this.gems -= p;
    this.owned[i]++;
  }

  update(time, delta) {
    const rate = this.rate();
    this.gems += rate * delta / 1000;
    this.gemText.setText('Gems: ' + fmt(this.gems));
    this.rateText.setText('per second: ' + fmt(rate));
    this.buttons.forEach((btn, i) => {
      const b = BUILDINGS[i];
      btn.setText(b.name + ' x' + this.owned[i] + '  cost ' + fmt(this.price(i)) + '  (+' + b.rate + '/s)');
      btn.setAlpha(this.gems >= this.price(i) ? 1 : 0.5);
    });
    this.bars.forEach((bar, i) => {
      const share = rate > 0 ? (BUILDINGS[i].rate * this.owned[i]) / rate : 0;
      bar.setSize(70, Math.max(1, share * 400));
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: GemMine
};

new Phaser.Game(config);
