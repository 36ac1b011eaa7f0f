// A win panel faded in after three clicks: it was hidden with setVisible(false) and the fade only raises its
// alpha, so it never appears.
class Win extends Phaser.Scene {
  preload() {}
  create() {
    this.clicks = 0;
    this.panel = this.add.container(400, 300, [
      this.add.rectangle(0, 0, 360, 160, 0x000000, 0.8),
      this.add.text(0, 0, 'You win!', { fontSize: '40px', color: '#ffee55' }).setOrigin(0.5),
    ]).setAlpha(0).setVisible(false);
    this.input.on('pointerdown', () => {
      this.clicks += 1;
      if (this.clicks === 3) this.tweens.add({ targets: this.panel, alpha: 1, duration: 300 });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Win });
