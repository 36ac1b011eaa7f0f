// A ball bounces around the screen off all four edges, counting its bounces
class Bouncer extends Phaser.Scene {
  create() {
    this.ball = this.add.circle(400, 300, 20, 0xff8844);
    this.vel = { x: 240, y: 180 };
    this.bounces = 0;
    this.info = this.add.text(20, 20, 'Bounces 0', { fontSize: '22px', color: '#ffffff' });
  }
  update(time, delta) {
    const b = this.ball;
    b.x += this.vel.x * delta / 1000;
    b.y += this.vel.y * delta / 1000;
    if (b.x - 20 < 0) { this.vel.x = Math.abs(this.vel.x); this.bounces++; }
    if (b.x + 20 > 800) { this.vel.x = -Math.abs(this.vel.x); this.bounces++; }
    if (b.y - 20 < 0) { this.vel.y = Math.abs(this.vel.y); this.bounces++; }
    if (b.y + 20 > 600) { this.vel.y = -Math.abs(this.vel.y); this.bounces++; }
    this.info.setText('Bounces ' + this.bounces);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Bouncer });
