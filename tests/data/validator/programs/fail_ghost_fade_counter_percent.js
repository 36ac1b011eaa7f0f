// A ghost that fades in and out forever, with its opacity shown in percent
class GhostScene extends Phaser.Scene {
  create() {
    const ghost = this.add.ellipse(400, 280, 120, 150, 0xdde6ff);
    const readout = this.add.text(400, 420, '0%', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    ghost.setAlpha(0);
    this.tweens.addCounter({
      from: 0,
      to: 100,
      duration: 1500,
      yoyo: true,
      repeat: -1,
      onUpdate: (tween) => {
        ghost.alpha = tween.getValue();
        readout.setText(Math.round(tween.getValue()) + '%');
      }
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#101018', scene: GhostScene });
