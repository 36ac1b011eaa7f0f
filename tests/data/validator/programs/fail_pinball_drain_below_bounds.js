// Pinball: the ball bounces around; if it falls out through the bottom you lose a ball (3 balls)
class Pin extends Phaser.Scene {
  constructor() { super('pin'); }
  create() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xeeeeee).fillCircle(10, 10, 10).generateTexture('ball', 20, 20);
    this.balls = 3;
    this.text = this.add.text(10, 10, 'Balls: 3', { fontSize: '20px', color: '#ffffff' });
    this.ball = this.physics.add.image(300, 100, 'ball').setBounce(0.8).setCollideWorldBounds(true).setVelocity(150, 0);
  }
  update() {
    if (this.balls > 0 && this.ball.y > 400 + 20) {
      this.balls--;
      this.text.setText('Balls: ' + this.balls);
      this.ball.setPosition(300, 100).setVelocity(150, 0);
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, physics: { default: 'arcade', arcade: { gravity: { y: 300 } } }, scene: Pin });
