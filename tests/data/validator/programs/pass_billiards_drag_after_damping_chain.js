// Billiards: drag back from the cue ball and release to shoot; the cloth slows every ball until it stops
class Pool extends Phaser.Scene {
  constructor() { super('pool'); }
  create() {
    this.physics.world.setBounds(40, 40, 560, 320);
    this.balls = [];
    const colours = [0xffffff, 0xe53935, 0xfdd835, 0x1e88e5];
    colours.forEach((c, i) => {
      const ball = this.add.circle(160 + i * 70, 200, 12, c);
      this.physics.add.existing(ball);
      const b = ball.body;
      b.setCircle(12).setBounce(0.9).setCollideWorldBounds(true);
      b.setDamping(true).setDrag(0.4);
      this.balls.push(ball);
    });
    this.physics.add.collider(this.balls, this.balls);
    this.input.on('pointerup', (p) => {
      const cue = this.balls[0];
      cue.body.setVelocity((cue.x - p.x) * 3, (cue.y - p.y) * 3);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 400, backgroundColor: '#1b5e20', physics: { default: 'arcade' }, scene: Pool });
