// Mini golf: click to putt the ball toward the pointer; the ball drops in when it comes within 12 px of the hole
class Putt extends Phaser.Scene {
  create() {
    this.hole = this.add.circle(600, 200, 12, 0x000000);
    this.ball = this.add.circle(200, 450, 8, 0xffffff);
    this.vel = new Phaser.Math.Vector2();
    this.msg = this.add.text(20, 20, '', { fontSize: '24px', color: '#ffffff' });
    this.input.on('pointerdown', (p) => this.vel.set(p.x - this.ball.x, p.y - this.ball.y).scale(1.5));
  }
  update(time, delta) {
    this.ball.x += this.vel.x * delta / 1000;
    this.ball.y += this.vel.y * delta / 1000;
    this.vel.scale(0.98);
    const d = Phaser.Math.Distance.Between(this.ball.x, this.ball.y, this.hole.x, this.hole.y);
    if (d < 12) { this.vel.set(0, 0); this.msg.setText('In the hole!'); }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Putt });
