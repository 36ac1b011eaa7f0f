// Press SPACE to fire a fan of three bolts: one straight up and one 20 degrees to each side
class Fan extends Phaser.Scene {
  create() {
    this.add.graphics().fillStyle(0xffee55).fillRect(0, 0, 4, 12).generateTexture('bolt', 4, 12).destroy();
    this.bolts = this.physics.add.group();
    this.input.keyboard.on('keydown-SPACE', () => {
      for (let a = -20; a < 20; a += 20) {
        const b = this.bolts.create(400, 550, 'bolt');
        b.setAngle(a);
        this.physics.velocityFromAngle(a - 90, 400, b.body.velocity);
      }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Fan });
