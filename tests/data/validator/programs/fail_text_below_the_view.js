// 'Hello Phaser' at the bottom: y = height with its top-centre origin puts all of it below the canvas.
class Hello extends Phaser.Scene {
  constructor() { super('hello'); }
  preload() {}
  create() {
    const { width, height } = this.scale;
    this.add.text(width / 2, height, 'Hello Phaser', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5, 0);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Hello });
