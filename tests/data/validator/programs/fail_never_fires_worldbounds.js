// Pong that counts misses on 'worldbounds', but the ball's body never gets onWorldBounds = true: Arcade bounces it
// off the walls without emitting the event, so the miss counter never moves.
class PongScene extends Phaser.Scene {
  constructor() { super('pong'); }
  preload() {}
  create() {
    this.misses = 0;
    this.label = this.add.text(16, 16, 'Misses: 0', { fontSize: '22px', color: '#ffffff' });
    this.ball = this.add.circle(400, 300, 10, 0xffffff);
    this.physics.add.existing(this.ball);
    this.ball.body.setVelocity(320, 240).setBounce(1, 1).setCollideWorldBounds(true);
    this.physics.world.on('worldbounds', (body, up, down) => {
      if (down) { this.misses += 1; this.label.setText('Misses: ' + this.misses); }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000000',
  physics: { default: 'arcade' }, scene: PongScene });
