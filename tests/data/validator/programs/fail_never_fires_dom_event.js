// 'click' is a browser element's event: Phaser game objects emit 'pointerdown' / 'pointerup', so this button's
// handler never runs although the button is interactive.
class MenuScene extends Phaser.Scene {
  constructor() { super('menu'); }
  preload() {}
  create() {
    this.add.text(400, 200, 'SPACE RACE', { fontSize: '48px', color: '#ffd166' }).setOrigin(0.5);
    const button = this.add.rectangle(400, 360, 220, 60, 0x06d6a0).setInteractive({ useHandCursor: true });
    this.add.text(400, 360, 'START', { fontSize: '28px', color: '#073b4c' }).setOrigin(0.5);
    button.on('click', () => { button.setFillStyle(0x118ab2); this.cameras.main.flash(200); });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#073b4c', scene: MenuScene });
