// Idle miner: click the rock for ore; an upgrade drawer waits just past the right edge and slides in on "Shop"
class Mine extends Phaser.Scene {
  constructor() { super('mine'); }
  create() {
    this.ore = 0;
    this.perClick = 1;
    this.label = this.add.text(20, 20, 'Ore: 0', { fontSize: '22px', color: '#ffffff' });
    const rock = this.add.circle(300, 300, 70, 0x8d6e63).setInteractive();
    rock.on('pointerdown', () => { this.ore += this.perClick; });
    // the drawer's left edge sits on the canvas's right edge until it is opened
    this.drawer = this.add.container(800, 0).setDepth(5);
    this.drawer.add(this.add.rectangle(0, 0, 240, 600, 0x263238).setOrigin(0));
    this.drawer.add(this.add.text(120, 40, 'Upgrades', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5));
    const pick = this.add.rectangle(120, 140, 200, 70, 0x37474f).setInteractive();
    pick.on('pointerdown', () => {
      if (this.ore < 10) return;
      this.ore -= 10;
      this.perClick *= 2;
    });
    this.drawer.add([pick, this.add.text(120, 140, 'Better pick\n10 ore', { fontSize: '16px', color: '#ffffff', align: 'center' }).setOrigin(0.5)]);
    this.open = false;
    const shop = this.add.rectangle(730, 560, 110, 44, 0x1565c0).setInteractive().setDepth(9);
    this.add.text(730, 560, 'Shop', { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5).setDepth(10);
    shop.on('pointerdown', () => {
      this.open = !this.open;
      this.tweens.add({ targets: this.drawer, x: this.open ? 560 : 800, duration: 250, ease: 'Quad.easeOut' });
    });
  }
  update() {
    this.label.setText('Ore: ' + this.ore + '  (+' + this.perClick + ' a click)');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#3e2723', scene: Mine });
