// A rocket flies from the launcher toward the base at 200 px/s
class Rocket extends Phaser.Scene {
  create() {
    this.base = { pos: new Phaser.Math.Vector2(650, 500), sprite: this.add.rectangle(650, 500, 60, 30, 0x4488ff) };
    const start = new Phaser.Math.Vector2(100, 100);
    this.rocket = this.add.circle(start.x, start.y, 8, 0xffaa00);
    this.dir = this.base.pos.subtract(start).normalize();
  }
  update(time, delta) {
    if (Phaser.Math.Distance.Between(this.rocket.x, this.rocket.y, this.base.pos.x, this.base.pos.y) < 10) return;
    this.rocket.x += this.dir.x * 0.2 * delta;
    this.rocket.y += this.dir.y * 0.2 * delta;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Rocket });
