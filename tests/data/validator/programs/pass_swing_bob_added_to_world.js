// A wrecking ball swings on a chain from a crane; the ball's body is made with this.matter.add, which adds it to the
// world, and the picture follows the body every frame.
class Crane extends Phaser.Scene {
  constructor() { super('crane'); }
  preload() {}
  create() {
    this.add.rectangle(400, 40, 300, 20, 0xfbc02d);
    this.ball = this.matter.add.circle(600, 200, 30, { density: 0.01, frictionAir: 0 });
    this.matter.add.worldConstraint(this.ball, 260, 1, { pointA: { x: 400, y: 50 } });
    this.picture = this.add.circle(600, 200, 30, 0x424242);
    this.chain = this.add.graphics();
  }
  update() {
    this.picture.setPosition(this.ball.position.x, this.ball.position.y);
    this.chain.clear().lineStyle(4, 0x9e9e9e, 1).lineBetween(400, 50, this.ball.position.x, this.ball.position.y);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#cfd8dc', physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Crane });
