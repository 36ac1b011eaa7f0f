// Task: a coin-collecting round with a 30-second countdown; pressing ESC opens a modal "Restart round?" dialog (Yes/No) and the game is fully paused while the dialog is open.
class GameScene extends Phaser.Scene {
  constructor() { super('Game'); }

  create() {
    const g = this.make.graphics({}, false);
    g.fillStyle(0x4fc3f7).fillRect(0, 0, 32, 32).generateTexture('player', 32, 32).clear();
    g.fillStyle(0xffd54f).fillCircle(10, 10, 10).generateTexture('coin', 20, 20).destroy();

    this.score = 0;
    this.timeLeft = 30;
    this.player = this.physics.add.sprite(400, 300, 'player').setCollideWorldBounds(true);
    this.coins = this.physics.add.group();
    this.physics.add.overlap(this.player, this.coins, (player, coin) => {
      coin.destroy();
      this.score += 10;
      this.updateHud();
    });

    this.spawnIndex = 0;
    this.spawner = this.time.addEvent({ delay: 1200, loop: true, callback: this.spawnCoin, callbackScope: this });
    this.clock = this.time.addEvent({ delay: 1000, loop: true, callback: this.tick, callbackScope: this });

    this.hud = this.add.text(16, 16, '', { fontSize: '22px', color: '#ffffff' });
    this.updateHud();
    this.cursors = this.input.keyboard.createCursorKeys();
    this.input.keyboard.on('keydown-ESC', this.openConfirm, this);
  }

  spawnCoin() {
    const spots = [[120, 120], [680, 140], [200, 480], [620, 460], [400, 100], [400, 520]];
    const [x, y] = spots[this.spawnIndex++ % spots.length];
    this.coins.create(x, y, 'coin');
  }

  tick() {
    this.timeLeft -= 1;
    this.updateHud();
    if (this.timeLeft <= 0) {
      this.clock.remove();
      this.spawner.remove();
      this.physics.pause();
      this.add.text(400, 300, `Time up! Score: ${this.score}`, { fontSize: '40px', color: '#ff8a80' }).setOrigin(0.5);
    }
  }

  updateHud() {
    this.hud.setText(`Score: ${this.score}   Time: ${this.timeLeft}`);
  }

  openConfirm() {
    if (this.timeLeft <= 0 || this.scene.isActive('Confirm')) return;
    this.physics.pause();
    this.scene.launch('Confirm');
  }

  update() {
    const speed = 220;
    const { left, right, up, down } = this.cursors;
    this.player.setVelocity(
      (right.isDown ? speed : 0) - (left.isDown ? speed : 0),
      (down.isDown ? speed : 0) - (up.isDown ? speed : 0)
    );
  }
}

class ConfirmScene extends Phaser.Scene {
  constructor() { super('Confirm'); }

  create() {
    this.add.rectangle(0, 0, 800, 600, 0x000000, 0.6).setOrigin(0).setInteractive();
    this.add.rectangle(400, 300, 380, 200, 0x263238).setStrokeStyle(3, 0x90a4ae);
    this.add.text(400, 250, 'Restart round?', { fontSize: '30px', color: '#ffffff' }).setOrigin(0.5);
    this.makeButton(320, 330, 'Yes', () => this.choose(true));
    this.makeButton(480, 330, 'No', () => this.choose(false));
    this.input.keyboard.on('keydown-Y', () => this.choose(true));
    this.input.keyboard.on('keydown-N', () => this.choose(false));
  }

  makeButton(x, y, label, onClick) {
    const bg = this.add.rectangle(x, y, 120, 50, 0x455a64).setInteractive({ useHandCursor: true });
    this.add.text(x, y, label, { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    bg.on('pointerover', () => bg.setFillStyle(0x607d8b));
    bg.on('pointerout', () => bg.setFillStyle(0x455a64));
    bg.on('pointerup', onClick);
  }

  choose(restart) {
    this.scene.stop();
    if (restart) {
      this.scene.get('Game').scene.restart();
    } else {
      this.scene.get('Game').physics.resume();
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1b2430',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: [GameScene, ConfirmScene]
});
