// Billiards break: the balls wait until the player clicks, then the cue ball is shot into the rack
class Break extends Phaser.Scene {
  constructor() { super('break'); }
  create() {
    this.physics.world.setBounds(40, 40, 520, 320);
    this.add.rectangle(300, 200, 520, 320, 0x2e7d32);
    this.balls = this.physics.add.group({ collideWorldBounds: true, bounceX: 0.9, bounceY: 0.9 });
    [[400, 200], [420, 190], [420, 210], [440, 180], [440, 200], [440, 220]].forEach(([x, y]) => {
      const ball = this.add.circle(x, y, 9, 0xfdd835);
      this.balls.add(ball);
      ball.body.setCircle(9);
    });
    this.cue = this.add.circle(150, 200, 9, 0xffffff);
    this.balls.add(this.cue);
    this.cue.body.setCircle(9);
    this.physics.add.collider(this.balls, this.balls);
    this.cue.body.setVelocity(600, 5);
    this.physics.pause();
    this.hint = this.add.text(300, 380, 'click to break', { color: '#ffffff' }).setOrigin(0.5);
    this.input.once('pointerdown', () => {
      this.hint.setText('');
      this.physics.resume();
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, physics: { default: 'arcade' }, scene: Break });
