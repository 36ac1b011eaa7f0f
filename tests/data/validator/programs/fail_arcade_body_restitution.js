// A ball that should bounce around the screen forever: Arcade bodies have no restitution (Matter's word), so it
// stops dead at the first wall.
class Court extends Phaser.Scene {
  constructor() { super('court'); }
  preload() {}
  create() {
    const ball = this.add.circle(400, 300, 16, 0xff3355);
    this.physics.add.existing(ball);
    ball.body.setVelocity(220, 160);
    ball.body.restitution = 1;
    ball.body.setCollideWorldBounds(true);
    this.add.text(16, 16, 'Bouncing ball', { fontSize: '20px', color: '#ffffff' });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Court });
