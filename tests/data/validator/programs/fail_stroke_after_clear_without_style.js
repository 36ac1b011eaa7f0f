// The radar sweep sets lineStyle once in create(), but update() clears the Graphics every frame, which wipes the
// style: every line after it is stroked with nothing.
class Radar extends Phaser.Scene {
  constructor() { super('radar'); }
  preload() {}
  create() {
    this.add.text(16, 16, 'Radar', { fontSize: '20px' });
    this.sweep = this.add.graphics();
    this.sweep.lineStyle(3, 0x00ff66, 1);
    this.angle = 0;
  }
  update(time, delta) {
    this.angle += 0.002 * delta;
    this.sweep.clear();
    this.sweep.lineBetween(400, 300, 400 + Math.cos(this.angle) * 200, 300 + Math.sin(this.angle) * 200);
    this.sweep.strokeCircle(400, 300, 200);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#002200', scene: Radar });
