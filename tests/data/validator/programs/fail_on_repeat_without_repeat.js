// the card turns over in onRepeat, but the tween has yoyo and no repeat: onRepeat never runs, the face never shows
class Flip extends Phaser.Scene {
  preload() {}

  create() {
    this.card = this.add.rectangle(400, 300, 120, 170, 0x1e3a8a);
    this.face = this.add.text(400, 300, 'A', { fontSize: '64px', color: '#000000' }).setOrigin(0.5).setVisible(false);
    this.input.once('pointerdown', () => {
      this.tweens.add({
        targets: this.card,
        scaleX: 0,
        duration: 150,
        yoyo: true,
        onRepeat: () => {
          this.card.setFillStyle(0xffffff);
          this.face.setVisible(true).setDepth(1);
        },
      });
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Flip });
