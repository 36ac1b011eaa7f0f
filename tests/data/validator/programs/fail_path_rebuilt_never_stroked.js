// A spirograph: a turning arm with a pen traces a looping curve.
class Spiro extends Phaser.Scene {
  constructor() { super('spiro'); }
  preload() {}
  create() {
    this.points = [];
    this.t = 0;
    this.curve = this.add.graphics();
    this.arm = this.add.graphics();
  }
  update(time, delta) {
    this.t += delta / 500;
    const x = 400 + 160 * Math.cos(this.t) + 60 * Math.cos(this.t * 6);
    const y = 300 + 160 * Math.sin(this.t) + 60 * Math.sin(this.t * 6);
    this.points.push({ x, y });
    this.curve.clear();
    this.curve.lineStyle(2, 0x66ccff, 1);
    this.curve.beginPath();
    this.curve.moveTo(this.points[0].x, this.points[0].y);
    this.points.forEach((p) => this.curve.lineTo(p.x, p.y));
    this.arm.clear().lineStyle(3, 0xffffff, 1).lineBetween(400, 300, x, y);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#101018', scene: Spiro });
