// The coins are a plain group of shapes (this.add.group(), no physics bodies): Arcade skips them, so the overlap
// never fires and the player rolls through every coin without collecting one.
class CoinScene extends Phaser.Scene {
  constructor() { super('coins'); }
  preload() {}
  create() {
    this.score = 0;
    this.label = this.add.text(16, 16, 'Coins: 0', { fontSize: '22px', color: '#ffffff' });
    this.player = this.add.circle(60, 300, 18, 0x3a86ff);
    this.physics.add.existing(this.player);
    this.player.body.setVelocityX(200);
    this.coins = this.add.group();
    for (let i = 0; i < 6; i++) this.coins.add(this.add.circle(180 + i * 100, 300, 10, 0xffbe0b));
    this.physics.add.overlap(this.player, this.coins, (player, coin) => {
      coin.destroy();
      this.score += 1;
      this.label.setText('Coins: ' + this.score);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1d3557',
  physics: { default: 'arcade' }, scene: CoinScene });
