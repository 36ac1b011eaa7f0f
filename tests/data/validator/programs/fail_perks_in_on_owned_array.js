// A shop: click a perk to buy it once for 5 coins; a perk you own shows OWNED and cannot be bought again
const PERKS = ['speed', 'shield', 'magnet'];
class Shop extends Phaser.Scene {
  create() {
    this.coins = 20;
    this.owned = [];
    this.coinText = this.add.text(20, 20, 'Coins: 20', { fontSize: '22px', color: '#ffdd55' });
    this.labels = PERKS.map((perk, i) => this.add.text(100, 120 + i * 60, perk, { fontSize: '26px', color: '#ffffff' }).setInteractive().on('pointerdown', () => this.buy(perk, i)));
  }
  buy(perk, i) {
    if (perk in this.owned || this.coins < 5) return;
    this.coins -= 5;
    this.owned.push(perk);
    this.coinText.setText('Coins: ' + this.coins);
    this.labels[i].setText(perk + ' OWNED');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Shop });
