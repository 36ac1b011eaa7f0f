// A shop: "Buy" opens a confirm popup over a dimmed screen; Yes spends 50 gold, No closes it.
class Shop extends Phaser.Scene {
  constructor() { super('shop'); }
  preload() {}
  create() {
    this.gold = 120;
    this.goldText = this.add.text(20, 20, 'Gold: 120', { fontSize: '24px', color: '#ffd43b' });
    const buy = this.add.rectangle(400, 300, 300, 70, 0x5f3dc4).setInteractive();
    this.add.text(400, 300, 'Buy (50g)', { fontSize: '26px', color: '#ffffff' }).setOrigin(0.5);
    buy.on('pointerdown', () => this.open());
    const dim = this.add.rectangle(400, 300, 800, 600, 0x000000, 0.6);
    const panel = this.add.rectangle(400, 300, 420, 220, 0x343a40);
    const yes = this.add.rectangle(320, 340, 130, 54, 0x2b8a3e).setInteractive();
    const no = this.add.rectangle(480, 340, 130, 54, 0xc92a2a).setInteractive();
    yes.on('pointerdown', () => { this.gold -= 50; this.goldText.setText('Gold: ' + this.gold); this.close(); });
    no.on('pointerdown', () => this.close());
    this.popup = this.add.container(0, 0, [dim, panel, yes, no]).setVisible(false);
  }
  open() {
    this.popup.setVisible(true);
    this.blocker = this.add.zone(400, 300, 800, 600).setInteractive();
  }
  close() {
    this.popup.setVisible(false);
    if (this.blocker) this.blocker.destroy();
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Shop });
