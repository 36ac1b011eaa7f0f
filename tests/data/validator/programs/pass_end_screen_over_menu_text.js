// A menu with a Quit button: clicking it puts a black screen with "Goodbye!" over the whole menu, on purpose.
class Menu extends Phaser.Scene {
  constructor() { super('menu'); }
  preload() {}
  create() {
    this.add.text(400, 120, 'Main Menu', { fontSize: '42px', color: '#ffffff' }).setOrigin(0.5);
    const quit = this.add.text(400, 320, '[ Quit ]', { fontSize: '28px', color: '#ffcc80', backgroundColor: '#5d4037' }).setOrigin(0.5).setInteractive();
    quit.on('pointerup', () => {
      this.add.rectangle(400, 300, 800, 600, 0x000000).setDepth(10);
      this.add.text(400, 300, 'Goodbye!', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5).setDepth(11);
      this.input.enabled = false;
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#3e2723', scene: Menu });
