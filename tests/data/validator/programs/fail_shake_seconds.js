// Click anywhere to shake the camera for one and a half seconds and count the clicks.
class ShakeScene extends Phaser.Scene {
  constructor() { super('shake'); }
  preload() {}
  create() {
    for (let i = 0; i < 12; i++) this.add.rectangle(60 + i * 60, 300, 40, 120, 0x26a69a);
    this.clicks = 0;
    this.info = this.add.text(20, 20, 'Clicks: 0', { fontSize: '22px', color: '#ffffff' });
    this.input.on('pointerdown', () => {
      this.cameras.main.shake(1.5, 0.02);
      this.clicks += 1;
      this.info.setText('Clicks: ' + this.clicks);
    });
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: ShakeScene });
