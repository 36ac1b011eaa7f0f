// overlap(stars, player, ...) still calls back with (player, star): the callback hides the player
class Collect extends Phaser.Scene {
  preload() {}

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffee00).fillCircle(10, 10, 10);
    g.generateTexture('star', 20, 20);
    g.fillStyle(0x3399ff).fillRect(0, 0, 32, 32);
    g.generateTexture('hero', 32, 32);
    g.destroy();
    this.player = this.physics.add.sprite(100, 300, 'hero');
    this.stars = this.physics.add.group({ allowGravity: false });
    for (let i = 0; i < 6; i++) this.stars.create(200 + i * 90, 300, 'star');
    this.player.setVelocityX(160);
    this.physics.add.overlap(this.stars, this.player, (star, player) => {
      star.disableBody(true, true);
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Collect });
