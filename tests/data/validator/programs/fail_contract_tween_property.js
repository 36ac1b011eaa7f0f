// A tween of a property the rectangle does not have: 'rotationAngle' is set on nothing, the box never spins.
class SpinScene extends Phaser.Scene {
  preload() {}

  create() {
    const box = this.add.rectangle(400, 300, 120, 120, 0x3388ff);
    this.tweens.add({
      targets: box,
      rotationAngle: 360,
      duration: 2000,
      repeat: -1,
    });
  }

  update() {}
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: SpinScene });
