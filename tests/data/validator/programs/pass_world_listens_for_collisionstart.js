// A heavy ball falls onto a row of bricks; each brick the ball hits turns red and adds a point.
class Smash extends Phaser.Scene {
  constructor() { super('smash'); }
  preload() {}
  create() {
    this.score = 0;
    this.label = this.add.text(16, 16, 'Score 0', { fontSize: '22px', color: '#ffffff' });
    for (let i = 0; i < 6; i++) {
      const brick = this.add.rectangle(250 + i * 60, 560, 56, 30, 0x90a4ae);
      this.matter.add.gameObject(brick, { isStatic: true, label: 'brick' });
    }
    this.ball = this.matter.add.image(400, 100, null).setCircle(24).setBounce(0.6);
    this.add.circle(400, 100, 24, 0xffffff).setName('ballView');
    this.matter.world.on('collisionstart', (event) => {
      event.pairs.forEach((pair) => {
        const other = pair.bodyA.gameObject === this.ball ? pair.bodyB.gameObject : pair.bodyA.gameObject;
        if (other && other.body.label === 'brick') { other.setFillStyle(0xe53935); this.score += 1; this.label.setText('Score ' + this.score); }
      });
    });
  }
  update() {
    this.children.getByName('ballView').setPosition(this.ball.x, this.ball.y);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'matter', matter: { gravity: { y: 1 } } }, scene: Smash });
