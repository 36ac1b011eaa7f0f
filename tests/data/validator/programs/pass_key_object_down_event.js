// Press SPACE to make the lantern glow brighter for a moment.
class Lantern extends Phaser.Scene {
  constructor() { super('lantern'); }
  preload() {}
  create() {
    this.glow = this.add.circle(400, 300, 60, 0xffcc33).setAlpha(0.4);
    this.add.text(400, 520, 'SPACE: glow', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    const space = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.SPACE);
    space.on('down', () => {
      this.tweens.add({ targets: this.glow, alpha: 1, scale: 1.4, duration: 200, yoyo: true });
    });
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#101020', scene: Lantern });
