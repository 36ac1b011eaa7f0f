// Arcade gravity written as a number: Phaser reads gravity.x and gravity.y from it, finds neither, and the world has
// no gravity, so the ball floats where it was created.
class BallScene extends Phaser.Scene {
  constructor() { super('ball'); }
  preload() {}
  create() {
    const floor = this.add.rectangle(400, 590, 800, 20, 0x2a9d8f);
    this.physics.add.existing(floor, true);
    const ball = this.add.circle(400, 80, 24, 0xe9c46a);
    this.physics.add.existing(ball);
    ball.body.setBounce(0.7).setCollideWorldBounds(true);
    this.physics.add.collider(ball, floor);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#264653',
  physics: { default: 'arcade', arcade: { gravity: 500 } }, scene: BallScene });
