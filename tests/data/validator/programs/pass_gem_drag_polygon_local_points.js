// A diamond gem you drag around; its hit polygon is the drawing's own points, around the Graphics' (0, 0).
class GemDrag extends Phaser.Scene {
  constructor() { super('gem'); }
  preload() {}
  diamond(cx, cy, size) {
    return [
      new Phaser.Geom.Point(cx, cy - size),
      new Phaser.Geom.Point(cx + size * 0.7, cy),
      new Phaser.Geom.Point(cx, cy + size),
      new Phaser.Geom.Point(cx - size * 0.7, cy)
    ];
  }
  create() {
    this.gem = this.add.graphics({ x: 300, y: 260 });
    this.gem.fillStyle(0x3fc1c9, 1).fillPoints(this.diamond(0, 0, 50), true);
    this.gem.setInteractive(new Phaser.Geom.Polygon(this.diamond(0, 0, 50)), Phaser.Geom.Polygon.Contains);
    this.input.setDraggable(this.gem);
    this.gem.on('drag', (pointer, x, y) => this.gem.setPosition(x, y));
    this.label = this.add.text(20, 20, 'Drag the gem', { fontSize: '20px', color: '#ffffff' });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#222034', scene: GemDrag });
