// A scrolling list in a Container at (450, 120) masked by a rectangle drawn where it is
class Log extends Phaser.Scene {
  constructor() { super('log'); }
  preload() {}
  create() {
    this.list = this.add.container(450, 120);
    for (let i = 0; i < 20; i++) {
      this.list.add(this.add.text(10, i * 36, 'Entry ' + (i + 1), { fontSize: '22px', color: '#ffffff' }));
    }
    const shape = this.make.graphics();
    shape.fillStyle(0xffffff);
    shape.fillRect(450, 120, 300, 360);
    this.list.setMask(shape.createGeometryMask());
    this.input.on('wheel', (pointer, over, dx, dy) => {
      this.list.y = Phaser.Math.Clamp(this.list.y - dy * 0.5, 120 - 20 * 36 + 360, 120);
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1b1b2f', scene: Log });
