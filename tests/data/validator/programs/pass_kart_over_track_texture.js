// A kart drives along a track painted into a render texture made first, under it.
class Race extends Phaser.Scene {
  preload() {}
  create() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x3949ab, 1).fillRect(0, 0, 30, 18);
    g.generateTexture('kart', 30, 18);
    g.destroy();
    this.track = this.add.renderTexture(0, 0, 800, 600).setOrigin(0, 0);
    this.track.fill(0x616161, 1);
    this.kart = this.physics.add.image(100, 300, 'kart');
    this.kart.setVelocityX(120);
  }
}
new Phaser.Game({ type: Phaser.CANVAS, width: 800, height: 600, physics: { default: 'arcade' }, scene: Race });
