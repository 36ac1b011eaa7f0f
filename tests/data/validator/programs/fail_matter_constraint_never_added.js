// the rope is made with Matter's own Constraint.create() and never added to the world: the ball just drops
class Swing extends Phaser.Scene {
  preload() {}

  create() {
    const { Constraint } = Phaser.Physics.Matter.Matter;
    this.ball = this.matter.add.circle(200, 200, 24);
    this.rope = Constraint.create({ pointA: { x: 400, y: 80 }, bodyB: this.ball, length: 250, stiffness: 0.9 });
    this.line = this.add.graphics();
    this.dot = this.add.circle(200, 200, 24, 0x444444);
  }

  update() {
    this.dot.setPosition(this.ball.position.x, this.ball.position.y);
    this.line.clear().lineStyle(2, 0xffffff).lineBetween(400, 80, this.ball.position.x, this.ball.position.y);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter' }, scene: Swing });
