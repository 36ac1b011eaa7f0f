// Right-click a cell of the 8x8 grid to put a red flag on it; left-click to open it (it turns light grey).
class FlagScene extends Phaser.Scene {
  constructor() { super('flags'); }
  preload() {}
  create() {
    this.input.mouse.disableContextMenu();
    this.cells = [];
    for (let r = 0; r < 8; r++) for (let c = 0; c < 8; c++) this.cells.push(this.add.rectangle(180 + c * 60, 90 + r * 60, 56, 56, 0x607d8b).setData('rc', [r, c]));
    this.flags = 0;
    this.label = this.add.text(16, 16, 'Flags: 0', { fontSize: '20px', color: '#ffffff' });
    this.input.on('pointerup', (pointer) => {
      const cell = this.cells.find((k) => k.getBounds().contains(pointer.x, pointer.y));
      if (!cell) return;
      if (pointer.rightButtonDown()) {
        cell.setFillStyle(0xe53935);
        this.flags += 1;
        this.label.setText('Flags: ' + this.flags);
      } else {
        cell.setFillStyle(0xcfd8dc);
      }
    });
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: FlagScene });
