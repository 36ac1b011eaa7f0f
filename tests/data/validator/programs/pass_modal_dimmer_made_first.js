// A "Reset" button opens a confirm dialog; the dimming overlay is made first, under the dialog
class ConfirmScene extends Phaser.Scene {
  constructor() { super('confirm'); }
  preload() {}
  create() {
    this.info = this.add.text(20, 20, 'Progress: 7 levels', { fontSize: '22px', color: '#ffffff' });
    const reset = this.add.rectangle(400, 320, 200, 60, 0xaa3333).setInteractive();
    this.add.text(400, 320, 'Reset', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    reset.on('pointerdown', () => this.openDialog());
  }
  openDialog() {
    if (this.dialog) return;
    const shade = this.add.rectangle(400, 300, 800, 600, 0x000000, 0.5).setInteractive();
    const box = this.add.container(400, 300);
    const panel = this.add.rectangle(0, 0, 340, 180, 0xf0f0f0);
    const ok = this.add.rectangle(0, 40, 120, 44, 0x33aa55).setInteractive();
    const label = this.add.text(0, 40, 'OK', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    box.add([panel, ok, label]);
    ok.on('pointerdown', () => {
      this.info.setText('Progress: 0 levels');
      shade.destroy();
      box.destroy();
      this.dialog = null;
    });
    this.dialog = box;
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#223344', scene: ConfirmScene });
