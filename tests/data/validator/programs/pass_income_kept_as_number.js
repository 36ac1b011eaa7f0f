// A clicker: buy a farm (10 coins) for +0.5 coins a second; the income is kept as a number
class Farm extends Phaser.Scene {
  constructor() { super('farm'); }
  preload() {}
  create() {
    this.coins = 20;
    this.farms = 0;
    this.income = 0;
    this.label = this.add.text(20, 20, '', { fontSize: '24px', color: '#ffffff' });
    const buy = this.add.text(20, 80, 'Buy farm (10)', { fontSize: '24px', color: '#88ff88' }).setInteractive();
    buy.on('pointerdown', () => {
      if (this.coins < 10) return;
      this.coins -= 10;
      this.farms += 1;
      this.income = this.farms * 0.5;
    });
    this.time.addEvent({ delay: 1000, loop: true, callback: () => { this.coins += this.income; } });
  }
  update() {
    this.label.setText('Coins: ' + this.coins + '  Farms: ' + this.farms);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#2d3a1e', scene: Farm });
