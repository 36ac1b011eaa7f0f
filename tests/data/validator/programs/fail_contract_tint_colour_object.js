// Balloons tinted with a Color object instead of its number: setTint reads a number, every balloon turns black.
class Balloons extends Phaser.Scene {
  constructor() { super('balloons'); }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xffffff).fillCircle(20, 20, 20);
    g.generateTexture('balloon', 40, 40);
    g.destroy();
  }
  create() {
    for (let i = 0; i < 6; i++) {
      const b = this.add.image(100 + i * 110, 300, 'balloon');
      b.setTint(Phaser.Display.Color.RandomRGB());
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#87ceeb', scene: Balloons });
