// generateTexture() is called before the ball is drawn on the Graphics: the texture is empty, so the ball sprite
// bouncing around the screen is invisible.
class BallScene extends Phaser.Scene {
  constructor() { super('ball'); }
  preload() {}
  create() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.generateTexture('ball', 32, 32);
    g.fillStyle(0xff006e, 1);
    g.fillCircle(16, 16, 16);
    this.ball = this.physics.add.image(400, 300, 'ball');
    this.ball.setVelocity(220, 160).setBounce(1).setCollideWorldBounds(true);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#14213d',
  physics: { default: 'arcade' }, scene: BallScene });
