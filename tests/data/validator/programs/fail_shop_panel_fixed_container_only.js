// Scrolling farm with a shop panel that stays on screen: arrow keys scroll the farm, the panel's buttons buy seeds
class Farm extends Phaser.Scene {
  constructor() { super('farm'); }
  create() {
    this.cameras.main.setBounds(0, 0, 2400, 600);
    for (let x = 0; x < 2400; x += 80) this.add.rectangle(x, 520, 70, 60, 0x8d6e63).setOrigin(0);
    this.seeds = 0;
    this.gold = 50;
    this.panel = this.add.container(620, 20);
    this.panel.add(this.add.rectangle(0, 0, 160, 200, 0x263238, 0.9).setOrigin(0));
    const buy = this.add.rectangle(80, 80, 130, 50, 0x43a047).setInteractive();
    buy.on('pointerdown', () => { if (this.gold >= 5) { this.gold -= 5; this.seeds++; } });
    this.info = this.add.text(12, 130, '', { fontSize: '16px', color: '#ffffff' });
    this.panel.add([buy, this.add.text(80, 80, 'Seed (5g)', { fontSize: '16px', color: '#ffffff' }).setOrigin(0.5), this.info]);
    this.panel.setScrollFactor(0);
    this.keys = this.input.keyboard.createCursorKeys();
    this.cameras.main.setScroll(300, 0);
  }
  update() {
    if (this.keys.left.isDown) this.cameras.main.scrollX -= 8;
    if (this.keys.right.isDown) this.cameras.main.scrollX += 8;
    this.info.setText('Gold: ' + this.gold + '\nSeeds: ' + this.seeds);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#aed581', scene: Farm });
