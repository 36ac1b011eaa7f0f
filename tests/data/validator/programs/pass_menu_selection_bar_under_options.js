// Pause menu: UP/DOWN moves the selection bar over Resume / Restart / Quit, ENTER picks the option
class MenuScene extends Phaser.Scene {
  constructor() { super('menu'); }
  create() {
    this.options = ['Resume', 'Restart', 'Quit'];
    this.selected = 0;
    this.add.text(400, 120, 'PAUSED', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
    this.bar = this.add.rectangle(400, 250 + this.selected * 60, 320, 50, 0x3949ab);
    this.items = [];
    for (let i = 0; i < this.options.length; i++) {
      this.items.push(this.add.text(400, 250 + i * 60, this.options[i], { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5));
    }
    this.status = this.add.text(400, 520, '', { fontSize: '20px', color: '#ffeb3b' }).setOrigin(0.5);
    const keys = this.input.keyboard.createCursorKeys();
    keys.up.on('down', () => this.move(-1));
    keys.down.on('down', () => this.move(1));
    this.input.keyboard.on('keydown-ENTER', () => this.status.setText('Picked: ' + this.options[this.selected]));
  }
  move(step) {
    this.selected = Phaser.Math.Wrap(this.selected + step, 0, this.options.length);
    this.bar.y = 250 + this.selected * 60;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1a1a2e', scene: MenuScene });
