// Task: Platform jump and collect: the player jumps to collect 5 coins floating in the air, with gravity 200, and the score is shown.
class CoinJumpScene extends Phaser.Scene {
  constructor() {
    super('CoinJump');
  }

  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0x4a90e2);
    g.fillRoundedRect(0, 0, 28, 40, 6);
    g.generateTexture('hero', 28, 40);
    g.clear();
    g.fillStyle(0x3d8b3d);
    g.fillRect(0, 0, 200, 24);
    g.fillStyle(0x5cb85c);
    g.fillRect(0, 0, 200, 6);
    g.generateTexture('ledge', 200, 24);
    g.clear();
    g.fillStyle(0xffd700);
    g.fillCircle(10, 10, 10);
    g.lineStyle(2, 0xb8860b);
    g.strokeCircle(10, 10, 7);
    g.generateTexture('coin', 20, 20);
    g.destroy();
  }

  create() {
    this.score = 0;

    this.platforms = this.physics.add.staticGroup();
    this.platforms.create(400, 588, 'ledge').setScale(4, 1).refreshBody();
    this.platforms.create(150, 430, 'ledge');
    this.platforms.create(420, 320, 'ledge');
    this.platforms.create(680, 220, 'ledge');

    this.player = this.physics.add.sprite(80, 540, 'hero');
    this.player.setCollideWorldBounds(true);
    this.physics.add.collider(this.player, this.platforms);

    // Coins hang in the air, so they ignore gravity
    this.coins = this.physics.add.group({ allowGravity: false, immovable: true });
    const spots = [[300, 470], [150, 330], [420, 220], [560, 250], [680, 120]];
    spots.forEach(([x, y]) => this.coins.create(x, y, 'coin'));
    this.tweens.add({
      targets: this.coins.getChildren(),
      scaleX: 0.4,
      duration: 500,
      yoyo: true,
      repeat: -1,
      ease: 'Sine.easeInOut'
    });
    this.physics.add.overlap(this.player, this.coins, this.collectCoin, null, this);

    this.scoreText = this.add.text(16, 16, 'Score: 0', { fontSize: '26px', color: '#ffffff' });
    this.add.text(784, 16, 'Arrows: move   Up: jump', { fontSize: '16px', color: '#cfd8dc' }).setOrigin(1, 0);
    this.cursors = this.input.keyboard.createCursorKeys();
  }

  collectCoin(player, coin) {
    coin.disableBody(true, true);
    this.score += 10;
    this.scoreText.setText(`Score: ${this.score}`);

    if (this.coins.countActive(true) === 0) {
      this.add.text(400, 280, 'All 5 coins collected!', {
        fontSize: '36px',
        color: '#ffd700',
        stroke: '#000000',
        strokeThickness: 5
      }).setOrigin(0.5);
    }
  }

  update() {
    const body = this.player.body;

    if (this.cursors.left.isDown) {
      this.player.setVelocityX(-160);
    } else if (this.cursors.right.isDown) {
      this.player.setVelocityX(160);
    } else {
      this.player.setVelocityX(0);
    }

    if (this.cursors.up.isDown && body.blocked.down) {
      this.player.setVelocityY(-300);
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1d2b3a',
  physics: {
    default: 'arcade',
    arcade: { gravity: { y: 200 }, debug: false }
  },
  scene: CoinJumpScene
});
