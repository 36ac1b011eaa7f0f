// Touching an enemy costs a life and makes the player safe for 1.5 seconds; after that, touching costs a life again
class Shield extends Phaser.Scene {
  create() {
    this.lives = 3;
    this.safe = false;
    this.player = this.add.rectangle(200, 300, 30, 30, 0x44ff44);
    this.enemy = this.add.rectangle(260, 300, 30, 30, 0xff4444);
    this.physics.add.existing(this.player);
    this.physics.add.existing(this.enemy);
    this.info = this.add.text(16, 16, 'Lives: 3', { fontSize: '22px', color: '#ffffff' });
    this.physics.add.overlap(this.player, this.enemy, () => this.hurt());
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  hurt() {
    if (this.safe) return;
    this.lives -= 1;
    this.info.setText('Lives: ' + this.lives);
    this.safe = true;
    this.player.setAlpha(0.5);
    this.time.delayedCall(1500, this.endSafe, [], this);
  }
  endSafe() {
    this.safe = false;
    this.player.setAlpha(1);
  }
  update() {
    this.player.body.setVelocityX((this.cursors.right.isDown - this.cursors.left.isDown) * 200);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Shield });
