// Three sentries march right across the screen and bounce back at the edges
class Sentries extends Phaser.Scene {
  create() {
    this.add.graphics().fillStyle(0xff4444).fillRect(0, 0, 30, 30).generateTexture('sentry', 30, 30).destroy();
    this.sentries = this.physics.add.group({ collideWorldBounds: true, bounceX: 1 });
    [150, 350, 550].forEach((x) => this.sentries.create(x, 300, 'sentry'));
    this.sentries.setVelocityX(120);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Sentries });
