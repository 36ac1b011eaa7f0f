// Superballs: click to drop a very bouncy ball (restitution 0.95, no air friction); they keep bouncing a long time
class Bouncy extends Phaser.Scene {
  constructor() { super('bouncy'); }
  create() {
    this.matter.world.setBounds(0, 0, 500, 360);
    const g = this.add.graphics();
    g.fillStyle(0xff4081).fillCircle(12, 12, 12).generateTexture('superball', 24, 24).destroy();
    this.input.on('pointerdown', (p) => this.drop(p.x, p.y));
    this.drop(250, 40);
  }
  drop(x, y) {
    const ball = this.matter.add.image(x, y, 'superball', null, { restitution: 0.95, frictionAir: 0, friction: 0 });
    ball.setCircle(12, { restitution: 0.95, frictionAir: 0, friction: 0 });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 500, height: 360, backgroundColor: '#212121',
  physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Bouncy });
