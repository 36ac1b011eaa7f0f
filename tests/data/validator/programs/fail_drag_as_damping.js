// setDrag(0.97) meant as "keep 97% of the speed": without setDamping(true) it is 0.97 px/s², the puck never slows
class Puck extends Phaser.Scene {
  preload() {}

  create() {
    this.puck = this.add.circle(400, 300, 18, 0xeeeeee);
    this.physics.add.existing(this.puck);
    this.puck.body.setCollideWorldBounds(true).setBounce(1);
    this.puck.body.setDrag(0.97);
    this.input.on('pointerdown', (p) => {
      this.physics.velocityFromRotation(Phaser.Math.Angle.Between(this.puck.x, this.puck.y, p.x, p.y), 600, this.puck.body.velocity);
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Puck });
