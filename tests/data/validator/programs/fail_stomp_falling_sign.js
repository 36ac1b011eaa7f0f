// Land on the slime from above to squash it; touching it while not falling costs a life
class Stomp extends Phaser.Scene {
  create() {
    this.add.graphics().fillStyle(0xffffff).fillRect(0, 0, 30, 30).generateTexture('box', 30, 30).destroy();
    this.lives = 3;
    this.hero = this.physics.add.image(400, 100, 'box').setCollideWorldBounds(true);
    this.slime = this.physics.add.image(400, 560, 'box').setTint(0x44ff44).setImmovable(true);
    this.slime.body.setAllowGravity(false);
    this.label = this.add.text(20, 20, 'Lives 3', { fontSize: '22px', color: '#ffffff' });
    this.physics.add.overlap(this.hero, this.slime, (hero, slime) => {
      const falling = hero.body.velocity.y < 0;
      if (falling) slime.disableBody(true, true);
      else { this.lives -= 1; this.label.setText('Lives ' + this.lives); hero.setPosition(100, 100); }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 600 } } }, scene: Stomp });
