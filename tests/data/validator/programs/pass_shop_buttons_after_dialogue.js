// A shopkeeper says three lines (SPACE for the next line); then three buy buttons appear and buying spends gold.
class ShopScene extends Phaser.Scene {
  constructor() { super('shop'); }
  preload() {}
  create() {
    this.lines = ['Welcome, traveller!', 'I sell potions, shields and maps.', 'Have a look at my wares.', 'Anything else?', 'Take your time.', 'Fine goods, all of them.'];
    this.index = 0;
    this.gold = 100;
    this.say = this.add.text(40, 420, this.lines[0], { fontSize: '22px', color: '#ffffff' });
    this.goldText = this.add.text(600, 20, 'Gold: 100', { fontSize: '20px', color: '#ffd54f' });
    this.buttons = [['Potion', 20], ['Shield', 45], ['Map', 15]].map(([name, price], i) => {
      const b = this.add.text(80 + i * 220, 200, name + ' (' + price + ')', { fontSize: '22px', color: '#80cbc4', backgroundColor: '#263238' }).setVisible(false);
      b.on('pointerover', () => b.setColor('#ffffff'));
      b.on('pointerout', () => b.setColor('#80cbc4'));
      b.on('pointerdown', () => this.buy(price));
      return b;
    });
    this.input.keyboard.on('keydown-SPACE', () => this.next());
  }
  next() {
    this.index += 1;
    if (this.index < this.lines.length) { this.say.setText(this.lines[this.index]); return; }
    this.say.setText('What will you buy?');
    this.buttons.forEach((b) => b.setVisible(true).setInteractive({ useHandCursor: true }));
  }
  buy(price) {
    if (this.gold < price) return;
    this.gold -= price;
    this.goldText.setText('Gold: ' + this.gold);
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#3e2723', scene: ShopScene });
