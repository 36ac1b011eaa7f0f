// the squash tween is made paused and replayed on each click without persist: it is destroyed after the first run
class Squash extends Phaser.Scene {
  preload() {}

  create() {
    this.clicks = 0;
    this.button = this.add.rectangle(400, 300, 200, 80, 0x44aa66).setInteractive();
    this.label = this.add.text(400, 400, 'Clicks: 0', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    this.bounce = this.tweens.add({ targets: this.button, scaleX: 1.2, scaleY: 0.8, duration: 90, yoyo: true, paused: true });
    this.button.on('pointerdown', () => {
      this.clicks += 1;
      this.label.setText('Clicks: ' + this.clicks);
      this.bounce.play();
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Squash });
