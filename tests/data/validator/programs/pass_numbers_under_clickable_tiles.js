// Minesweeper-like board: 6x6 grey tiles hide numbers; clicking a tile removes it and shows the number under it.
class HiddenScene extends Phaser.Scene {
  constructor() { super('hidden'); }
  preload() {}
  create() {
    this.opened = 0;
    this.label = this.add.text(16, 16, 'Opened: 0', { fontSize: '20px', color: '#ffffff' });
    for (let r = 0; r < 6; r++) {
      for (let c = 0; c < 6; c++) {
        const x = 250 + c * 60;
        const y = 150 + r * 60;
        this.add.rectangle(x, y, 56, 56, 0xeeeeee);
        this.add.text(x, y, String((r * 6 + c) % 4 + 1), { fontSize: '24px', color: '#1a237e' }).setOrigin(0.5);
        const tile = this.add.rectangle(x, y, 56, 56, 0x9e9e9e).setInteractive();
        tile.on('pointerdown', () => {
          tile.destroy();
          this.opened += 1;
          this.label.setText('Opened: ' + this.opened);
        });
      }
    }
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: HiddenScene });
