// The bin is drawn as a rectangle but never made a drop zone: dragging works, and the 'drop' handler that should
// throw the item away never runs.
class BinScene extends Phaser.Scene {
  constructor() { super('bin'); }
  preload() {}
  create() {
    this.bin = this.add.rectangle(650, 300, 160, 200, 0x6c757d);
    this.add.text(600, 190, 'BIN', { fontSize: '28px', color: '#ffffff' });
    const item = this.add.circle(150, 300, 30, 0xffb703).setInteractive({ draggable: true });
    item.on('drag', (pointer, x, y) => item.setPosition(x, y));
    item.on('drop', () => item.destroy());
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#212529', scene: BinScene });
