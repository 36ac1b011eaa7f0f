// Corner shop days: each in-game day lasts 5 seconds with a customer paying $5 every 0.8 s; at day's end the day's income goes to the bank, the day counter goes up and a new day begins.
const DAY_MS = 5000;
const CUSTOMER_MS = 800;
const PRICE = 5;

class ShopDayScene extends Phaser.Scene {
  constructor() {
    super('ShopDay');
  }

  create() {
    this.day = 1;
    this.bank = 0;
    this.todayIncome = 0;
    this.history = [];

    this.add.rectangle(400, 330, 420, 260, 0xfff3e0).setStrokeStyle(6, 0xff7043);
    this.add.text(400, 225, 'CORNER SHOP', { fontSize: '32px', color: '#bf360c' }).setOrigin(0.5);
    this.dayText = this.add.text(20, 16, '', { fontSize: '28px', color: '#ffffff' });
    this.moneyText = this.add.text(20, 56, '', { fontSize: '22px', color: '#ffe082' });
    this.historyText = this.add.text(20, 540, '', { fontSize: '18px', color: '#e0e0e0' });
    this.sunBar = this.add.graphics();
    this.coinIcon = this.add.circle(400, 330, 26, 0xffca28).setStrokeStyle(3, 0xf57f17);

    this.dayTimer = this.time.addEvent({ delay: DAY_MS, loop: true, callback: this.endDay, callbackScope: this });
    this.startDay();
    this.refresh();
  }

  startDay() {
    this.customerTimer = this.time.addEvent({
      delay: CUSTOMER_MS,
      loop: true,
      callback: this.customerBuys,
      callbackScope: this
    });
  }

  customerBuys() {
    this.todayIncome += PRICE;
    this.tweens.add({ targets: this.coinIcon, scale: 1.4, duration: 120, yoyo: true });
    this.refresh();
  }

  endDay() {
    this.customerTimer.remove();
    this.bank += this.todayIncome;
    this.history.push(this.todayIncome);
    this.todayIncome = 0;
    this.day += 1;
    this.cameras.main.flash(250, 255, 224, 130);
    this.startDay();
    this.refresh();
  }

  refresh() {
    this.dayText.setText(`Day ${this.day}`);
    this.moneyText.setText(`Today: $${this.todayIncome}    Bank: $${this.bank}`);
    this.historyText.setText('Past days: ' + this.history.map((v, i) => `D${i + 1} $${v}`).join('  '));
  }

  update() {
    const progress = this.dayTimer.getProgress();
    this.sunBar.clear();
    this.sunBar.fillStyle(0x37474f).fillRect(300, 22, 480, 16);
    this.sunBar.fillStyle(0xffb300).fillRect(300, 22, 480 * progress, 16);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#263238',
  scene: ShopDayScene
});
