// A comet leaves a trail of fading dots: the trail is drawn every frame on a Graphics made with this.make.graphics()
// and no add: true, so it is never on the display list and no trail is ever shown.
class Trail extends Phaser.Scene {
  constructor() { super('trail'); }
  preload() {}
  create() {
    this.points = [];
    this.comet = this.add.circle(100, 300, 10, 0xffeb3b);
    this.trail = this.make.graphics({ x: 0, y: 0 });
    this.t = 0;
  }
  update(time, delta) {
    this.t += delta;
    this.comet.setPosition(400 + Math.cos(this.t / 700) * 250, 300 + Math.sin(this.t / 500) * 150);
    this.points.push({ x: this.comet.x, y: this.comet.y });
    if (this.points.length > 40) this.points.shift();
    this.trail.clear();
    this.points.forEach((p, i) => this.trail.fillStyle(0xffc107, i / 40).fillCircle(p.x, p.y, 2 + i / 8));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0d1b2a', scene: Trail });
