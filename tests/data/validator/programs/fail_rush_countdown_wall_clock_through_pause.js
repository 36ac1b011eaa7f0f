// Coin rush with a 30-second countdown: ESC opens a pause overlay scene over the game that freezes everything, including the countdown, until ESC is pressed again.
const ROUND_SECONDS = 30;

class RushScene extends Phaser.Scene {
  constructor() { super({ key: 'Rush' }); }

  create() {
    const g = this.make.graphics({}, false);
    g.fillStyle(0xffd60a, 1).fillCircle(12, 12, 12);
    g.generateTexture('coin', 24, 24);
    g.clear().fillStyle(0x90e0ef, 1).fillRoundedRect(0, 0, 32, 32, 8);
    g.generateTexture('runner', 32, 32);
    g.destroy();

    this.player = this.physics.add.sprite(400, 300, 'runner').setCollideWorldBounds(true);
    this.coins = this.physics.add.staticGroup();
    for (let i = 0; i < 8; i++) {
      this.coins.create(Phaser.Math.Between(40, 760), Phaser.Math.Between(80, 560), 'coin');
    }
    this.score = 0;
    this.physics.add.overlap(this.player, this.coins, (player, coin) => {
      coin.setPosition(Phaser.Math.Between(40, 760), Phaser.Math.Between(80, 560));
      coin.refreshBody();
      this.score += 1;
    });

    this.hud = this.add.text(16, 16, '', { fontSize: '24px', color: '#ffffff' });
    this.cursors = this.input.keyboard.createCursorKeys();
    this.finished = false;
    this.endAt = Date.now() + ROUND_SECONDS * 1000;
    this.timeLeft = ROUND_SECONDS;

    this.input.keyboard.on('keydown-ESC', () => {
      if (this.finished) return;
      this.scene.launch('Pause');
      this.scene.pause();
    });
  }

  update(time, delta) {
    if (this.finished) return;
    this.timeLeft = Math.max(0, Math.ceil((this.endAt - Date.now()) / 1000));
    this.hud.setText(`Coins: ${this.score}    Time: ${this.timeLeft}`);
    if (this.timeLeft === 0) {
      this.finished = true;
      this.physics.pause();
      this.add.text(400, 300, `TIME UP!\n${this.score} coins`, { fontSize: '48px', color: '#ffd60a', align: 'center' })
        .setOrigin(0.5);
      return;
    }

    const speed = 260;
    this.player.setVelocity(0);
    if (this.cursors.left.isDown) this.player.setVelocityX(-speed);
    else if (this.cursors.right.isDown) this.player.setVelocityX(speed);
    if (this.cursors.up.isDown) this.player.setVelocityY(-speed);
    else if (this.cursors.down.isDown) this.player.setVelocityY(speed);
  }
}

class PauseScene extends Phaser.Scene {
  constructor() { super({ key: 'Pause' }); }

  create() {
    this.add.rectangle(0, 0, 800, 600, 0x000000, 0.55).setOrigin(0);
    const title = this.add.text(400, 260, 'PAUSED', { fontSize: '64px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 330, 'Press ESC to resume', { fontSize: '22px', color: '#dddddd' }).setOrigin(0.5);
    this.tweens.add({ targets: title, alpha: 0.4, duration: 600, yoyo: true, repeat: -1 });
    this.input.keyboard.on('keydown-ESC', () => {
      this.scene.resume('Rush');
      this.scene.stop();
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#264653',
  physics: { default: 'arcade', arcade: { gravity: { y: 0 } } },
  scene: [RushScene, PauseScene]
});
