// Walk onto the heart with the arrow keys to heal 25 HP; the heart comes back in the same place 3 seconds later
class Heal extends Phaser.Scene {
  create() {
    const g = this.add.graphics().fillStyle(0xff4466).fillCircle(12, 12, 12);
    g.generateTexture('heart', 24, 24).destroy();
    this.hp = 50;
    this.player = this.physics.add.image(200, 300, 'heart').setTint(0x44ff44);
    this.heart = this.physics.add.image(500, 300, 'heart');
    this.info = this.add.text(16, 16, 'HP: 50', { fontSize: '22px', color: '#ffffff' });
    this.physics.add.overlap(this.player, this.heart, () => {
      this.hp = Math.min(100, this.hp + 25);
      this.info.setText('HP: ' + this.hp);
      this.heart.disableBody(true, true);
      this.time.delayedCall(3000, () => this.heart.enableBody(true, this.heart.x, this.heart.y, true, true));
    });
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    this.player.setVelocityX((this.cursors.right.isDown - this.cursors.left.isDown) * 200);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Heal });
