// catchCoin is a function declaration handed to overlap() with no context: this.score is the function's, not the scene's
function catchCoin(basket, coin) {
  coin.destroy();
  this.score += 1;
}

class Catch extends Phaser.Scene {
  preload() {}

  create() {
    this.score = 0;
    this.basket = this.add.rectangle(400, 560, 120, 20, 0xaa7744);
    this.physics.add.existing(this.basket, true);
    this.coins = this.physics.add.group();
    this.time.addEvent({ delay: 300, loop: true, callback: () => this.coins.add(this.add.circle(Phaser.Math.Between(350, 450), 0, 10, 0xffdd00)) });
    this.physics.add.overlap(this.basket, this.coins, catchCoin);
    this.label = this.add.text(16, 16, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
  }

  update() { this.label.setText('Score: ' + this.score); }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 200 } } }, scene: Catch });
