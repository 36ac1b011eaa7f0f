// Cookie bakery: click the cookie for +1 cookie. Upgrades unlock once your lifetime cookies baked reach their unlock amount: Oven (unlock 10, cost 15, +1 cookie/s), Mixer (unlock 60, cost 40, +4/s) and Bakery (unlock 200, cost 150, +15/s); a locked upgrade shows "???" and cannot be bought, and an unlocked upgrade stays unlocked and can be bought again and again at its fixed cost even after you spend cookies.
const UPGRADES = [
  { id: 'oven', name: 'Oven', unlockAt: 10, cost: 15, rate: 1 },
  { id: 'mixer', name: 'Mixer', unlockAt: 60, cost: 40, rate: 4 },
  { id: 'bakery', name: 'Bakery', unlockAt: 200, cost: 150, rate: 15 }
];

class BakeryScene extends Phaser.Scene {
  constructor() {
    super('Bakery');
  }

  create() {
    this.data.set({ cookies: 0, baked: 0 });
    this.upgrades = UPGRADES.map((u) => ({ ...u, owned: 0, unlocked: false }));

    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xc68642, 1);
    g.fillCircle(75, 75, 75);
    g.fillStyle(0x4e2a0e, 1);
    [[45, 50], [95, 40], [70, 85], [110, 95], [40, 105], [85, 120]].forEach(([x, y]) => g.fillCircle(x, y, 9));
    g.generateTexture('cookie', 150, 150);

    this.cookieText = this.add.text(40, 40, '', { fontSize: '32px', color: '#ffe0b2' });
    this.bakedText = this.add.text(40, 85, '', { fontSize: '18px', color: '#d7ccc8' });
    this.rateText = this.add.text(40, 112, '', { fontSize: '18px', color: '#d7ccc8' });

    const cookie = this.add.image(200, 340, 'cookie').setInteractive({ useHandCursor: true });
    cookie.on('pointerdown', () => {
      this.bake(1);
      this.tweens.add({ targets: cookie, scale: { from: 1.08, to: 1 }, duration: 120 });
    });

    this.rows = this.upgrades.map((u, i) => {
      const y = 180 + i * 120;
      const box = this.add.rectangle(580, y, 340, 96, 0x3e2723).setStrokeStyle(2, 0xa1887f);
      const title = this.add.text(430, y - 30, '', { fontSize: '22px', color: '#ffffff' });
      const info = this.add.text(430, y + 6, '', { fontSize: '17px', color: '#ffccbc' });
      box.setInteractive({ useHandCursor: true });
      box.on('pointerdown', () => this.buy(u));
      return { u, box, title, info };
    });

    this.data.events.on('changedata', () => this.refresh());

    this.time.addEvent({
      delay: 200,
      loop: true,
      callback: () => {
        const perSecond = this.perSecond();
        if (perSecond > 0) this.bake(perSecond / 5);
      }
    });

    this.refresh();
  }

  perSecond() {
    return this.upgrades.reduce((sum, u) => sum + u.owned * u.rate, 0);
  }

  bake(amount) {
    this.data.inc('cookies', amount);
    this.data.inc('baked', amount);
  }

  buy(u) {
    if (!u.unlocked) return;
    if (this.data.get('cookies') < u.cost) return;
    u.owned += 1;
    this.data.inc('cookies', -u.cost);
  }

  refresh() {
    const cookies = this.data.get('cookies');
    const baked = this.data.get('baked');
    this.cookieText.setText('Cookies: ' + Math.floor(cookies));
    this.bakedText.setText('Lifetime baked: ' + Math.floor(baked));
    this.rateText.setText('Per second: ' + this.perSecond());
    this.rows.forEach((row) => {
      const u = row.u;
      u.unlocked = baked >= u.unlockAt;
      if (!u.unlocked) {
        row.title.setText('???');
        row.info.setText('Bake ' + u.unlockAt + ' cookies to unlock');
        row.box.setFillStyle(0x212121);
      } else {
        row.title.setText(u.name + '  x' + u.owned);
        row.info.setText('Cost ' + u.cost + '  |  +' + u.rate + ' cookies/s');
        row.box.setFillStyle(cookies >= u.cost ? 0x33691e : 0x3e2723);
      }
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1e120c',
  scene: BakeryScene
};

new Phaser.Game(config);
