// Coin rain: gold coins fall from the top; catch them with the basket (LEFT/RIGHT) to score
class CoinRain extends Phaser.Scene {
  constructor() { super('coins'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xffc107, 1);
    g.fillCircle(0, 0, 16);
    g.fillStyle(0xffe082, 1);
    g.fillCircle(0, 0, 9);
    g.generateTexture('coin', 32, 32);
    g.clear();
    g.fillStyle(0x8d6e63, 1);
    g.fillRect(0, 0, 120, 24);
    g.generateTexture('basket', 120, 24);
    g.destroy();
  }
  create() {
    this.score = 0;
    this.basket = this.physics.add.image(400, 560, 'basket').setImmovable(true);
    this.basket.body.allowGravity = false;
    this.basket.setCollideWorldBounds(true);
    this.coins = this.physics.add.group();
    this.label = this.add.text(16, 16, 'Coins: 0', { fontSize: '24px', color: '#ffffff' });
    this.time.addEvent({ delay: 700, loop: true, callback: () => {
      this.coins.create(Phaser.Math.Between(30, 770), -20, 'coin').setVelocityY(Phaser.Math.Between(120, 220));
    } });
    this.physics.add.overlap(this.basket, this.coins, (basket, coin) => {
      coin.destroy();
      this.score += 1;
      this.label.setText('Coins: ' + this.score);
    });
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    if (this.cursors.left.isDown) this.basket.setVelocityX(-360);
    else if (this.cursors.right.isDown) this.basket.setVelocityX(360);
    else this.basket.setVelocityX(0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1b2631',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } }, scene: CoinRain });
