// Pinball: SPACE launches the steel ball up the right lane; it bounces off round bumpers for 10 points each.
class Pinball extends Phaser.Scene {
  constructor() { super('pinball'); }
  preload() {}
  create() {
    this.score = 0;
    this.label = this.add.text(10, 10, 'Score: 0', { color: '#ffffff' });
    [[200, 200], [400, 160], [600, 200]].forEach(([x, y]) => {
      const bumper = this.add.circle(x, y, 26, 0xff44aa);
      this.matter.add.gameObject(bumper, { isStatic: true, shape: { type: 'circle', radius: 26 }, label: 'bumper' });
    });
    this.ball = this.matter.add.circle(760, 540, 11, { restitution: 0.8, label: 'ball' });
    this.input.keyboard.on('keydown-SPACE', () => this.matter.body.setVelocity(this.ball, { x: -4, y: -22 }));
    this.matter.world.on('collisionstart', (event) => event.pairs.forEach(({ bodyA, bodyB }) => {
      if ([bodyA.label, bodyB.label].includes('bumper')) this.label.setText('Score: ' + (this.score += 10));
    }));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Pinball });
