// Pinball: the ball falls onto round bumpers; each bumper hit scores 10 points.
class Pinball extends Phaser.Scene {
  constructor() { super('pinball'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffffff).fillCircle(12, 12, 12);
    g.generateTexture('ball', 24, 24);
    g.clear().fillStyle(0xff44aa).fillCircle(30, 30, 30);
    g.generateTexture('bumper', 60, 60);
    g.destroy();
  }
  create() {
    this.score = 0;
    this.scoreText = this.add.text(10, 10, 'Score: 0', { color: '#ffffff' });
    [[250, 300], [550, 300], [400, 450]].forEach(([x, y]) => {
      const bumper = this.matter.add.image(x, y, 'bumper', null, { isStatic: true, shape: { type: 'circle', radius: 30 }, restitution: 1.2 });
      bumper.label = 'bumper';
    });
    const ball = this.matter.add.image(260, 40, 'ball', null, { shape: { type: 'circle', radius: 12 }, restitution: 0.9 });
    ball.body.label = 'ball';
    this.matter.world.on('collisionstart', (event) => {
      event.pairs.forEach(({ bodyA, bodyB }) => {
        if (bodyA.label === 'bumper' || bodyB.label === 'bumper') {
          this.score += 10;
          this.scoreText.setText('Score: ' + this.score);
        }
      });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Pinball });
