// A hint panel opens at the bottom of the screen when H is pressed; the panel's container sits at (0, 420) and its
// parts are given the screen coordinates where they should appear, so they are drawn 420 px further down, off the canvas.
class Hints extends Phaser.Scene {
  constructor() { super('hints'); }
  preload() {}
  create() {
    this.add.circle(400, 250, 60, 0x26a69a);
    this.panel = this.add.container(0, 420);
    const bg = this.add.graphics();
    bg.fillStyle(0x263238, 0.95).fillRect(20, 440, 760, 140);
    const title = this.add.text(40, 450, 'Hint', { fontSize: '22px', color: '#ffca28' });
    const body = this.add.text(40, 490, 'Click the circle three times.', { fontSize: '18px', color: '#eceff1' });
    this.panel.add([bg, title, body]);
    this.panel.setVisible(false);
    this.input.keyboard.on('keydown-H', () => this.panel.setVisible(!this.panel.visible));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#102027', scene: Hints });
