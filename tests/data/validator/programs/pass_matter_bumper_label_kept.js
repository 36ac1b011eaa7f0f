// Bumpers (Matter): the ball rolls down the ramp; every time it hits a bumper the score goes up by 10
class Bumpers extends Phaser.Scene {
  constructor() { super('bumpers'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffffff).fillCircle(12, 12, 12).generateTexture('ballTex', 24, 24).destroy();
  }
  create() {
    this.matter.world.setBounds(0, 0, 800, 600);
    this.score = 0;
    this.label = this.add.text(16, 16, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
    this.matter.add.rectangle(300, 200, 500, 16, { isStatic: true, angle: 0.35 });
    for (const [x, y] of [[220, 420], [400, 470], [580, 420]]) this.matter.add.circle(x, y, 24, { isStatic: true, label: 'bumper', restitution: 1.2 });
    this.ball = this.matter.add.image(100, 60, 'ballTex', null, { label: 'ball', restitution: 0.6, shape: { type: 'circle', radius: 12 } });
    this.matter.world.on('collisionstart', (event) => {
      for (const { bodyA, bodyB } of event.pairs) {
        const labels = [bodyA.label, bodyB.label];
        if (labels.includes('ball') && labels.includes('bumper')) {
          this.score += 10;
          this.label.setText('Score: ' + this.score);
        }
      }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#311b92',
  physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Bumpers });
