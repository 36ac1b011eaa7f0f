// A paint canvas made with add.renderTexture(0, 0, 800, 600): its origin has been its centre since 3.60, so three
// quarters of it lie off the view and every stroke lands up and left of the pointer.
class Paint extends Phaser.Scene {
  constructor() { super('paint'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xff66aa).fillCircle(6, 6, 6);
    g.generateTexture('brush', 12, 12);
    g.destroy();
  }
  create() {
    this.canvas = this.add.renderTexture(0, 0, 800, 600);
    this.canvas.fill(0x222233);
    this.input.on('pointermove', (p) => { if (p.isDown) this.canvas.draw('brush', p.x - 6, p.y - 6); });
    this.canvas.draw('brush', 400, 300);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Paint });
