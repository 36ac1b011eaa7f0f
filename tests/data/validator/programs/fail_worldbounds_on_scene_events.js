// Lives should drop when the ball hits the floor, but the handler listens on the scene's events: only physics.world emits 'worldbounds'.
class Bounce extends Phaser.Scene {
  constructor() { super('bounce'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xffffff).fillCircle(10, 10, 10);
    g.generateTexture('ball', 20, 20);
    g.destroy();
  }
  create() {
    this.lives = 3;
    this.label = this.add.text(16, 16, 'Lives: 3', { fontSize: '24px' });
    const ball = this.physics.add.image(400, 100, 'ball').setVelocity(150, 300).setBounce(1).setCollideWorldBounds(true);
    ball.body.onWorldBounds = true;
    this.events.on('worldbounds', (body, up, down) => { if (down) { this.lives -= 1; this.label.setText('Lives: ' + this.lives); } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Bounce });
