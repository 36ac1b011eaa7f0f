// Four coloured pads (red, green, blue, yellow): clicking a pad flashes it white for 200 ms and counts the click.
class PadScene extends Phaser.Scene {
  constructor() { super('pads'); }
  preload() {}
  create() {
    this.pads = [0xe53935, 0x43a047, 0x1e88e5, 0xfdd835].map((c, i) => this.add.rectangle(250 + (i % 2) * 300, 180 + Math.floor(i / 2) * 240, 200, 200, c).setInteractive().setData('color', c));
    this.clicks = 0;
    this.label = this.add.text(16, 16, 'Clicks: 0', { fontSize: '20px', color: '#ffffff' });
    this.input.on('pointerdown', (pointer, pad) => {
      if (this.pads.indexOf(pad) === -1) return;
      pad.setFillStyle(0xffffff);
      this.time.delayedCall(200, () => pad.setFillStyle(pad.getData('color')));
      this.clicks += 1;
      this.label.setText('Clicks: ' + this.clicks);
    });
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#212121', scene: PadScene });
