// A title that fades in within a third of a second and then stays: the picture changes early and then rests,
// which is what the code says.
class TitleScene extends Phaser.Scene {
  preload() {}

  create() {
    const title = this.add.text(400, 300, 'Ready', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
    title.setAlpha(0);
    this.tweens.add({ targets: title, alpha: 1, duration: 300 });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: TitleScene });
