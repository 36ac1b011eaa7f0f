// A red car drives round an oval track along a path, one lap every 2 seconds, forever.
class TrackScene extends Phaser.Scene {
  constructor() { super('track'); }
  preload() {}
  create() {
    this.path = new Phaser.Curves.Path(200, 300);
    this.path.ellipseTo(200, 120, 180, 360, false, 0);
    const g = this.add.graphics();
    g.lineStyle(30, 0x616161, 1);
    this.path.draw(g);
    this.car = this.add.rectangle(0, 0, 30, 16, 0xe53935);
    this.progress = 0;
    this.point = new Phaser.Math.Vector2();
  }
  update(time, delta) {
    this.progress = (this.progress + delta / 2000) % 1;
    this.path.getPoint(this.progress, this.point);
    this.car.setPosition(this.point.x, this.point.y);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#2e7d32', scene: TrackScene });
