// Idle farm: click the field for 1 wheat; a farmhand costs 5 wheat, and each one bought raises the price by 10%
class Farm extends Phaser.Scene {
  create() {
    this.wheat = 0;
    this.hands = 0;
    this.price = 5;
    this.add.rectangle(200, 300, 200, 200, 0xc9a227).setInteractive().on('pointerdown', () => { this.wheat += 1; this.show(); });
    this.add.rectangle(550, 300, 220, 80, 0x336633).setInteractive().on('pointerdown', () => this.hire());
    this.info = this.add.text(40, 40, '', { fontSize: '22px', color: '#ffffff' });
    this.time.addEvent({ delay: 1000, loop: true, callback: () => { this.wheat += this.hands; this.show(); } });
    this.show();
  }
  hire() {
    if (this.wheat < this.price) return;
    this.wheat -= this.price;
    this.hands += 1;
    this.price = Math.floor(this.price * 1.1);
    this.show();
  }
  show() { this.info.setText(`Wheat ${this.wheat}   farmhands ${this.hands}   next costs ${this.price}`); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Farm });
