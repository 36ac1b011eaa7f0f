// Hover uses the DOM names pointerenter / pointerleave: Phaser's game objects emit pointerover / pointerout, so no button ever lights up.
class Menu extends Phaser.Scene {
  constructor() { super('menu'); }
  preload() {}
  create() {
    ['Play', 'Options', 'Quit'].forEach((label, i) => {
      const button = this.add.rectangle(400, 200 + i * 100, 240, 60, 0x334455).setInteractive();
      this.add.text(400, 200 + i * 100, label, { fontSize: '28px' }).setOrigin(0.5);
      button.on('pointerenter', () => button.setFillStyle(0x5588aa));
      button.on('pointerleave', () => button.setFillStyle(0x334455));
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Menu });
