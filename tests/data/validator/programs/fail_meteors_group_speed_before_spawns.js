// Every second a meteor appears at the top and falls down the screen at 150 px/s
class Meteors extends Phaser.Scene {
  create() {
    this.add.graphics().fillStyle(0xaa7744).fillCircle(12, 12, 12).generateTexture('meteor', 24, 24).destroy();
    this.meteors = this.physics.add.group();
    this.meteors.setVelocityY(150);
    this.time.addEvent({ delay: 1000, loop: true, callback: () => this.meteors.create(Phaser.Math.Between(40, 760), -20, 'meteor') });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Meteors });
