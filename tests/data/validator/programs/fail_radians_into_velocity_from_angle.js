// the aim is Angle.Between (radians) and velocityFromAngle takes degrees: every shot leaves almost flat
class Cannon extends Phaser.Scene {
  preload() {}

  create() {
    this.barrel = this.add.rectangle(80, 520, 60, 14, 0x555555).setOrigin(0, 0.5);
    this.input.on('pointerdown', (pointer) => {
      const aim = Phaser.Math.Angle.Between(this.barrel.x, this.barrel.y, pointer.x, pointer.y);
      this.barrel.rotation = aim;
      const shot = this.add.circle(this.barrel.x, this.barrel.y, 8, 0x222222);
      this.physics.add.existing(shot);
      this.physics.velocityFromAngle(aim, 600, shot.body.velocity);
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 300 } } }, scene: Cannon });
