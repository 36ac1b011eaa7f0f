// Collect the 5 coins to reach the next level: collected coins are disabled, and getLength() still counts them
class Coins extends Phaser.Scene {
  constructor() { super('coins'); }
  preload() {}
  create() {
    this.level = 1;
    this.player = this.add.rectangle(60, 300, 30, 30, 0x44ff88);
    this.physics.add.existing(this.player);
    this.coins = this.physics.add.group({ allowGravity: false });
    this.physics.add.overlap(this.player, this.coins, (player, coin) => {
      coin.disableBody(true, true);
      if (this.coins.getLength() === 0) this.nextLevel();
    });
    this.label = this.add.text(16, 16, 'Level 1', { fontSize: '22px', color: '#ffffff' });
    this.layout();
    this.keys = this.input.keyboard.createCursorKeys();
  }
  layout() {
    this.coins.clear(true, true);
    for (let i = 0; i < 5; i++) this.coins.add(this.add.circle(150 + i * 100, 300, 10, 0xffdd00));
  }
  nextLevel() {
    this.level += 1;
    this.label.setText('Level ' + this.level);
    this.player.setPosition(60, 300);
    this.layout();
  }
  update() {
    this.player.body.setVelocityX(this.keys.right.isDown ? 250 : this.keys.left.isDown ? -250 : 0);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#202028', physics: { default: 'arcade' }, scene: Coins });
