// A crate slides 300 px to the right when you click it
class Slide extends Phaser.Scene {
  create() {
    const crate = this.add.rectangle(150, 300, 60, 60, 0xaa7733).setInteractive();
    crate.on('pointerdown', () => {
      this.tweens.add({ targets: crate, x: '+=300', duration: 600, ease: 'Sine.easeOut' });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Slide });
