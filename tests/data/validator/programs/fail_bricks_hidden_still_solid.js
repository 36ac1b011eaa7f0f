// Breakout: the ball clears bricks; a hit brick is only made inactive and invisible, so its static body stays and the
// ball goes on bouncing off bricks nobody can see.
class Bricks extends Phaser.Scene {
  constructor() { super('bricks'); }
  preload() {}
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffffff, 1).fillRect(0, 0, 60, 20);
    g.generateTexture('brick', 60, 20);
    g.clear().fillStyle(0xffffff, 1).fillCircle(8, 8, 8);
    g.generateTexture('ball', 16, 16);
    g.destroy();
    this.bricks = this.physics.add.staticGroup();
    for (let r = 0; r < 4; r++) for (let c = 0; c < 10; c++) this.bricks.create(130 + c * 62, 80 + r * 24, 'brick').setTint(0xef5350 + r * 0x1000);
    this.ball = this.physics.add.image(400, 400, 'ball').setVelocity(180, -300).setBounce(1).setCollideWorldBounds(true);
    this.score = 0;
    this.label = this.add.text(16, 560, 'Score: 0', { fontSize: '18px', color: '#ffffff' });
    this.physics.add.collider(this.ball, this.bricks, (ball, brick) => {
      brick.setActive(false).setVisible(false);
      this.score += 10;
      this.label.setText('Score: ' + this.score);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1a1a2e', physics: { default: 'arcade' }, scene: Bricks });
