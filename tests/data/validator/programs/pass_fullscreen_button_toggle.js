// A title screen with a fullscreen button: a click on it toggles fullscreen, and the label follows the scale
// manager's events.
class Title extends Phaser.Scene {
  constructor() { super('title'); }
  preload() {}
  create() {
    this.add.text(400, 200, 'Star Hopper', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
    const button = this.add.text(400, 360, '[ Fullscreen ]', { fontSize: '26px', color: '#ffffff', backgroundColor: '#3949ab', padding: { x: 10, y: 6 } })
      .setOrigin(0.5).setInteractive({ useHandCursor: true });
    button.on('pointerup', () => this.scale.toggleFullscreen());
    this.scale.on('enterfullscreen', () => button.setText('[ Exit fullscreen ]'));
    this.scale.on('leavefullscreen', () => button.setText('[ Fullscreen ]'));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1a237e', scene: Title });
