// Climb the vine: while the climber touches the vine it hangs still unless UP or DOWN is held; off the vine it falls
const FALL = 800;
class Vine extends Phaser.Scene {
  create() {
    this.add.graphics().fillStyle(0xffaa66).fillRect(0, 0, 24, 36).generateTexture('climber', 24, 36).destroy();
    this.vine = this.add.rectangle(400, 300, 20, 500, 0x338833);
    this.climber = this.physics.add.image(400, 200, 'climber').setCollideWorldBounds(true);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    const onVine = Phaser.Geom.Rectangle.Overlaps(this.vine.getBounds(), this.climber.getBounds());
    this.climber.body.setAllowGravity(!onVine);
    if (onVine) this.climber.setVelocityY(this.keys.up.isDown ? -120 : this.keys.down.isDown ? 120 : 0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: FALL } } }, scene: Vine });
