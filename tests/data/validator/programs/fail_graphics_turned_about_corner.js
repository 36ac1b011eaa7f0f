// The square is drawn at (340, 240) in a Graphics left at (0, 0), and update() turns the Graphics: it spins about the
// view's top-left corner, so the square swings off screen instead of spinning in place.
class Spin extends Phaser.Scene {
  constructor() { super('spin'); }
  preload() {}
  create() {
    this.square = this.add.graphics();
    this.square.fillStyle(0x33ccff, 1);
    this.square.fillRect(340, 240, 120, 120);
  }
  update(time, delta) { this.square.rotation += 0.002 * delta; }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Spin });
