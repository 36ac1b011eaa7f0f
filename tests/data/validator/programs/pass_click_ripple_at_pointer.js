// Tap the big drum: a ripple ring spreads from where it was tapped
class DrumScene extends Phaser.Scene {
  constructor() { super('drum'); }
  create() {
    this.hits = 0;
    const drum = this.add.rectangle(400, 320, 360, 240, 0xb71c1c).setInteractive();
    this.label = this.add.text(20, 20, 'Hits: 0', { fontSize: '22px', color: '#fff' });
    drum.on('pointerdown', (pointer, x, y) => {
      this.hits += 1;
      this.label.setText('Hits: ' + this.hits);
      const ring = this.add.circle(pointer.worldX, pointer.worldY, 10).setStrokeStyle(3, 0xffffff);
      this.tweens.add({ targets: ring, scale: 5, alpha: 0, duration: 500, onComplete: () => ring.destroy() });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#212121', scene: DrumScene });
