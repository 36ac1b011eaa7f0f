// Phaser 2's shake(intensity, duration): in Phaser 3 the duration comes first, so the shake lasts 0.02 ms.
class Hit extends Phaser.Scene {
  constructor() { super('hit'); }
  preload() {}
  create() {
    this.add.rectangle(400, 300, 100, 100, 0xaa2222).setInteractive().on('pointerdown', () => this.cameras.main.shake(0.02, 250));
    this.add.text(16, 16, 'Click the box', { fontSize: '20px' });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Hit });
