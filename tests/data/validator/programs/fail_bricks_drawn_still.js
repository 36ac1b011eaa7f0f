// Breakout: move the paddle with the arrow keys and bounce the ball to break the bricks
class Bricks extends Phaser.Scene {
  create() {
    const g = this.add.graphics();
    for (let r = 0; r < 4; r++) {
      for (let c = 0; c < 10; c++) {
        g.fillStyle(0x3399ff + r * 0x221100);
        g.fillRect(45 + c * 72, 60 + r * 30, 64, 22);
      }
    }
    g.fillStyle(0xffffff).fillRect(350, 560, 100, 14);
    g.fillCircle(400, 540, 8);
    this.add.text(20, 20, 'Score: 0', { fontSize: '20px', color: '#ffffff' });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Bricks });
