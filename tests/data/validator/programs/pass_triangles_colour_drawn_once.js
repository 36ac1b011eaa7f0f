// Task: Clicking on the canvas spawns a triangle with a random colour on every click.
class TriangleScene extends Phaser.Scene {
  constructor() {
    super('TriangleScene');
  }

  preload() {
    // Everything is procedural; nothing to load.
  }

  create() {
    this.triangles = this.add.group();
    this.size = 36;

    this.title = this.add.text(400, 30, 'Click to spawn triangles', {
      fontFamily: 'Verdana',
      fontSize: '22px',
      color: '#f1f1f1'
    }).setOrigin(0.5, 0);

    this.input.on('pointerdown', (pointer) => {
      const color = Phaser.Display.Color.RandomRGB(60, 255).color;
      this.spawnTriangle(pointer.x, pointer.y, color);
    });
  }

  spawnTriangle(x, y, color) {
    const s = this.size;
    const tri = this.add.graphics({ x, y });
    tri.fillStyle(color, 1);
    tri.fillTriangle(0, -s, -s * 0.9, s * 0.6, s * 0.9, s * 0.6);
    tri.lineStyle(2, 0xffffff, 0.8);
    tri.strokeTriangle(0, -s, -s * 0.9, s * 0.6, s * 0.9, s * 0.6);
    tri.setAngle(Phaser.Math.Between(-20, 20));
    this.triangles.add(tri);

    this.tweens.add({
      targets: tri,
      scale: { from: 0, to: 1 },
      duration: 200,
      ease: 'Quad.easeOut'
    });

    this.title.setText('Triangles: ' + this.triangles.getLength());
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#14213d',
  scene: TriangleScene
});
