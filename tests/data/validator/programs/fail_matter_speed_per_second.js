// Press SPACE to kick the ball towards the goal at the top at 600 px/s; the ball bounces off the posts and a goal is counted in the net.
const KICK = 600;
class KickScene extends Phaser.Scene {
  constructor() { super('kick'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffffff).fillCircle(14, 14, 14).generateTexture('ball', 28, 28);
    g.destroy();
  }
  create() {
    this.matter.world.setBounds(0, 0, 800, 600);
    this.net = this.matter.add.rectangle(400, 40, 200, 40, { isStatic: true, isSensor: true, label: 'net' });
    this.add.rectangle(400, 40, 200, 40, 0xffffff, 0.3);
    this.ball = this.matter.add.image(400, 520, 'ball').setCircle(14).setFrictionAir(0.01).setBounce(0.6);
    this.score = 0;
    this.label = this.add.text(16, 16, 'Goals: 0', { fontSize: '20px', color: '#ffffff' });
    this.input.keyboard.on('keydown-SPACE', () => {
      const angle = Phaser.Math.DegToRad(-90 + Phaser.Math.Between(-10, 10));
      this.ball.setVelocity(Math.cos(angle) * KICK, Math.sin(angle) * KICK);
    });
    this.matter.world.on('collisionstart', (event) => {
      if (event.pairs.some((p) => p.bodyA === this.net || p.bodyB === this.net)) {
        this.score += 1;
        this.label.setText('Goals: ' + this.score);
        this.ball.setPosition(400, 520).setVelocity(0, 0);
      }
    });
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#2e7d32',
  physics: { default: 'matter', matter: { gravity: { y: 0 } } },
  scene: KickScene });
