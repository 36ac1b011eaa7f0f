// Dodge the falling rocks: 3 lives, game over at 0, click to play again
class DodgeScene extends Phaser.Scene {
  constructor() {
    super('dodge');
  }
  create() {
    this.lives = 3;
    this.over = false;
    this.player = this.physics.add.image(400, 560, null).setDisplaySize(40, 20).setCollideWorldBounds(true);
    this.rocks = this.physics.add.group();
    this.hud = this.add.text(16, 16, 'Lives: ' + this.lives, { fontSize: '20px', color: '#ffffff' });
    this.time.addEvent({ delay: 500, loop: true, callback: () => {
      if (!this.over) this.rocks.create(Phaser.Math.Between(20, 780), -10, null).setDisplaySize(20, 20).setVelocityY(220);
    } });
    this.physics.add.overlap(this.player, this.rocks, (p, rock) => {
      rock.destroy();
      this.lives--;
      this.hud.setText('Lives: ' + this.lives);
      if (this.lives <= 0) this.gameOver();
    });
    this.keys = this.input.keyboard.createCursorKeys();
  }
  gameOver() {
    this.over = true;
    this.physics.pause();
    this.add.text(400, 300, 'GAME OVER - click to play again', { fontSize: '28px', color: '#ff5252' }).setOrigin(0.5);
    this.input.once('pointerdown', () => this.scene.restart());
  }
  update() {
    if (this.over) return;
    this.player.setVelocityX(this.keys.left.isDown ? -300 : this.keys.right.isDown ? 300 : 0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', physics: { default: 'arcade' }, scene: DodgeScene });
