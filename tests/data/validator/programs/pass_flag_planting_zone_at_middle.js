// Plant flags: click anywhere on the field to plant a flag there (at most 10); the counter shows how many are planted
const W = 800, H = 600;
class Field extends Phaser.Scene {
  constructor() { super('field'); }
  create() {
    this.flags = 0;
    this.add.text(W / 2, 24, 'Click the field to plant a flag', { fontSize: '20px', color: '#e8f5e9' }).setOrigin(0.5);
    this.counter = this.add.text(16, H - 36, 'Flags: 0 / 10', { fontSize: '20px', color: '#ffffff' });
    const field = this.add.zone(W / 2, H / 2, W, H).setInteractive();
    field.on('pointerdown', (pointer) => {
      if (this.flags >= 10) return;
      this.flags += 1;
      this.add.triangle(pointer.worldX, pointer.worldY - 12, 0, 0, 0, 20, 16, 6, 0xe53935).setOrigin(0, 0);
      this.add.rectangle(pointer.worldX, pointer.worldY, 2, 28, 0xffffff);
      this.counter.setText('Flags: ' + this.flags + ' / 10');
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: W, height: H, backgroundColor: '#2e7d32', scene: Field });
