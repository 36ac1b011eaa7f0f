// Lemonade stand: earn cups every second; buy a second stand to earn more
class Stand extends Phaser.Scene {
  create() {
    this.cash = 0;
    this.perSecond = 1;
    this.upgrades = [{ label: 'Second stand ($10)', cost: 10, apply: () => { this.perSecond += 2; } }];
    this.cashText = this.add.text(20, 20, '$0', { fontSize: '28px', color: '#ffffff' });
    const btn = this.add.text(20, 80, this.upgrades[0].label, { fontSize: '22px', color: '#ffee00' }).setInteractive();
    btn.on('pointerdown', () => {
      const u = this.upgrades[0];
      if (this.cash >= u.cost) { this.cash -= u.cost; u.apply(); }
    });
    this.time.addEvent({ delay: 1000, loop: true, callback: () => this.earn(this.perSecond) });
  }
  earn(amount) {
    this.cash += amount;
    this.cashText.setText('$' + this.cash);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Stand });
