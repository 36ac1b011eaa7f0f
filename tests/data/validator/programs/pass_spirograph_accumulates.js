// A spirograph: a pen on a turning arm traces a looping curve that stays on the screen.
class Spiro extends Phaser.Scene {
  constructor() { super('spiro'); }
  preload() {}
  create() {
    this.trace = this.add.graphics();
    this.t = 0;
    this.last = this.penAt(0);
  }
  penAt(t) {
    return { x: 400 + 150 * Math.cos(t) + 70 * Math.cos(t * 7.3), y: 300 + 150 * Math.sin(t) + 70 * Math.sin(t * 7.3) };
  }
  update(time, delta) {
    this.t += delta / 400;
    const p = this.penAt(this.t);
    this.trace.lineStyle(2, Phaser.Display.Color.HSVToRGB((this.t / 20) % 1, 0.8, 1).color, 1);
    this.trace.lineBetween(this.last.x, this.last.y, p.x, p.y);
    this.last = p;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#101010', scene: Spiro });
