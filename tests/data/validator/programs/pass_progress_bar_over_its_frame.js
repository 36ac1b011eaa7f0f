// A fake loading bar filled over 2 s; its dark frame is drawn first, the bar over it
class Loading extends Phaser.Scene {
  constructor() { super('loading'); }
  preload() {}
  create() {
    const frame = this.add.graphics();
    const bar = this.add.graphics();
    frame.fillStyle(0x222222, 1);
    frame.fillRect(240, 280, 320, 40);
    const label = this.add.text(400, 350, '0%', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    this.tweens.addCounter({
      from: 0, to: 100, duration: 2000,
      onUpdate: (tween) => {
        const v = tween.getValue();
        bar.clear();
        bar.fillStyle(0x66ff66, 1);
        bar.fillRect(250, 290, 3 * v, 20);
        label.setText(Math.round(v) + '%');
      }
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000000', scene: Loading });
