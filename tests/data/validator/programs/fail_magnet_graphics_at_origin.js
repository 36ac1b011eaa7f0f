// Magnets: two magnets pull the steel ball when it comes within 150 px; steer with the arrow keys
const MAGNETS = [{ x: 200, y: 150 }, { x: 450, y: 320 }];
class Magnets extends Phaser.Scene {
  constructor() { super('magnets'); }
  create() {
    this.magnets = MAGNETS.map((m) => {
      const magnet = this.add.graphics();
      magnet.fillStyle(0xef5350, 1).fillCircle(m.x, m.y, 18);
      magnet.lineStyle(1, 0xef9a9a, 0.6).strokeCircle(m.x, m.y, 150);
      return magnet;
    });
    this.ball = this.add.circle(320, 440, 10, 0xb0bec5);
    this.physics.add.existing(this.ball);
    this.ball.body.setCollideWorldBounds(true).setMaxVelocity(300);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  update() {
    const b = this.ball.body;
    b.setAcceleration(0, 0);
    this.magnets.forEach((magnet) => {
      if (Phaser.Math.Distance.Between(this.ball.x, this.ball.y, magnet.x, magnet.y) < 150) this.physics.accelerateToObject(this.ball, magnet, 200);
    });
    if (this.keys.left.isDown) b.setAccelerationX(-200);
    if (this.keys.right.isDown) b.setAccelerationX(200);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, backgroundColor: '#263238', physics: { default: 'arcade' }, scene: Magnets });
