// Click the coin to earn coins; Upgrade (cost 10) doubles coins per click; Reset starts over from 1 coin per click
class Clicker extends Phaser.Scene {
  constructor() {
    super('Clicker');
  }
  create() {
    this.power = 1;
    this.coins = 0;
    this.cost = 10;
    this.info = this.add.text(16, 16, '', { fontSize: '22px', color: '#ffffff' });
    this.add.circle(400, 260, 60, 0xffd700).setInteractive().on('pointerdown', () => { this.coins += this.power; this.show(); });
    this.add.text(400, 420, 'Upgrade', { fontSize: '26px', color: '#ffffff' }).setOrigin(0.5).setInteractive().on('pointerdown', () => {
      if (this.coins < this.cost) return;
      this.coins -= this.cost;
      this.power *= 2;
      this.show();
    });
    this.add.text(700, 560, 'Reset', { fontSize: '22px', color: '#ff8888' }).setOrigin(0.5).setInteractive().on('pointerdown', () => this.scene.restart());
    this.show();
  }
  show() {
    this.info.setText(`Coins: ${this.coins}   Per click: ${this.power}`);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Clicker });
