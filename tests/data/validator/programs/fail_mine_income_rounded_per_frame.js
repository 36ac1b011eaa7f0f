// Idle miner: buy miners for 10 coins each; every miner digs 2 coins per second
class Mine extends Phaser.Scene {
  constructor() { super('mine'); }
  create() {
    this.coins = 10; this.miners = 0;
    this.text = this.add.text(20, 20, '', { fontSize: '22px', color: '#ffd54f' });
    const buy = this.add.rectangle(300, 250, 200, 60, 0x6d4c41).setInteractive();
    this.add.text(300, 250, 'Buy miner (10)', { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5);
    buy.on('pointerdown', () => { if (this.coins >= 10) { this.coins -= 10; this.miners++; } });
  }
  update(time, delta) {
    this.coins += Math.floor(this.miners * 2 * delta / 1000);
    this.text.setText('Coins: ' + Math.floor(this.coins) + '   Miners: ' + this.miners);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Mine });
