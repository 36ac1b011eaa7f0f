// The intro tween runs 2 s, yoyos and repeats once (8 s in all); its onComplete crashes.
class IntroScene extends Phaser.Scene {
  preload() {}

  create() {
    const title = this.add.text(400, 300, 'READY', { fontSize: '48px', color: '#ffcc00' }).setOrigin(0.5);
    this.tweens.add({
      targets: title,
      scale: 1.4,
      duration: 2000,
      yoyo: true,
      repeat: 1,
      onComplete: () => this.startButton.setVisible(true), // never created
    });
  }

  update() {}
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: IntroScene });
