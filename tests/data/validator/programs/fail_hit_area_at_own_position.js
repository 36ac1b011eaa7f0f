// Drag the blue circle; while it is held it grows to 1.2x.
class Drag extends Phaser.Scene {
  constructor() { super('drag'); }
  preload() {}
  create() {
    const cx = 400, cy = 300;
    this.ball = this.add.graphics({ x: cx, y: cy });
    this.ball.fillStyle(0x3399ff, 1).fillCircle(0, 0, 60);
    this.ball.setInteractive(new Phaser.Geom.Circle(cx, cy, 60), Phaser.Geom.Circle.Contains);
    this.input.setDraggable(this.ball);
    this.input.on('dragstart', (pointer, obj) => obj.setScale(1.2));
    this.input.on('drag', (pointer, obj, x, y) => obj.setPosition(x, y));
    this.input.on('dragend', (pointer, obj) => obj.setScale(1));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Drag });
