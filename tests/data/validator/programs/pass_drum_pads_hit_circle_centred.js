// Four drum pads you click to play; each pad's hit circle is centred on (R, R), the middle of the shape in its own
// space.
const R = 70;
class Drums extends Phaser.Scene {
  constructor() { super('drums'); }
  preload() {}
  create() {
    this.hits = 0;
    this.label = this.add.text(20, 20, 'Hits: 0', { fontSize: '20px', color: '#ffffff' });
    [[250, 200, 0xef476f], [550, 200, 0xffd166], [250, 420, 0x06d6a0], [550, 420, 0x118ab2]].forEach(([x, y, colour]) => {
      const pad = this.add.circle(x, y, R, colour);
      pad.setInteractive(new Phaser.Geom.Circle(R, R, R), Phaser.Geom.Circle.Contains);
      pad.on('pointerdown', () => {
        this.hits++;
        this.label.setText('Hits: ' + this.hits);
        this.tweens.add({ targets: pad, scale: 1.1, duration: 80, yoyo: true });
      });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#073b4c', scene: Drums });
