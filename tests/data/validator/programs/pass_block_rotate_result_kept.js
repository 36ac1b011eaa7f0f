// Falling block: an L-shaped block drawn from a 3x3 matrix; press UP to rotate it 90 degrees
class Blocks extends Phaser.Scene {
  constructor() { super('blocks'); }
  create() {
    this.shape = [[1, 0, 0], [1, 0, 0], [1, 1, 0]];
    this.g = this.add.graphics();
    this.draw();
    this.input.keyboard.on('keydown-UP', () => {
      this.shape = Phaser.Utils.Array.Matrix.RotateMatrix(this.shape, 90);
      this.draw();
    });
  }
  draw() {
    this.g.clear().fillStyle(0xffb300);
    this.shape.forEach((row, r) => row.forEach((v, c) => { if (v) this.g.fillRect(340 + c * 40, 200 + r * 40, 38, 38); }));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1a237e', scene: Blocks });
