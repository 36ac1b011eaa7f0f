// Matter 弹球：左右两个挡板（A/D 键转动）把球弹回去，球有自己的碰撞类别
class Pin extends Phaser.Scene {
  constructor() { super('pin'); }
  create() {
    // open sides: a missed ball falls out of the table
    this.CAT_BALL = this.matter.world.nextCategory();
    this.CAT_PADDLE = this.matter.world.nextCategory();
    this.ball = this.matter.add.image(200, 60, null).setCircle(10).setBounce(0.8);
    this.ball.setCollisionCategory(this.CAT_BALL);
    this.ball.setCollidesWith([this.CAT_PADDLE]);
    this.paddles = [120, 280].map((x) => {
      const p = this.matter.add.image(x, 440, null).setRectangle(100, 14).setStatic(true);
      p.setCollidesWith([this.CAT_BALL]);
      return p;
    });
    this.keys = this.input.keyboard.addKeys('A,D');
  }
  update() {
    this.paddles[0].setAngle(this.keys.A.isDown ? -25 : 15);
    this.paddles[1].setAngle(this.keys.D.isDown ? 25 : -15);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 500, backgroundColor: '#102030',
  physics: { default: 'matter', matter: { gravity: { y: 1 }, debug: true } }, scene: Pin });
