// A kite drifts towards the mouse pointer at 120 px per second
class Sky extends Phaser.Scene {
  constructor() { super('sky'); }
  create() {
    this.kite = this.add.triangle(300, 200, 0, 30, 15, 0, 30, 30, 0xe91e63);
    let gx = this.kite.x;
    let gy = this.kite.y;
    this.input.on('pointermove', (p) => {
      gx = p.x;
      gy = p.y;
    });
    this.goal = new Phaser.Math.Vector2(gx, gy);
  }
  update(time, delta) {
    const d = Phaser.Math.Distance.Between(this.kite.x, this.kite.y, this.goal.x, this.goal.y);
    if (d < 2) return;
    const step = Math.min(d, 120 * delta / 1000);
    this.kite.x += (this.goal.x - this.kite.x) / d * step;
    this.kite.y += (this.goal.y - this.kite.y) / d * step;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#81d4fa', scene: Sky });
