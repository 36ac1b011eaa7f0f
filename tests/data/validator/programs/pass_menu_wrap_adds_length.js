// A menu of four entries: UP and DOWN move the highlight, wrapping from the top to the bottom and back
class Menu extends Phaser.Scene {
  create() {
    this.entries = ['New game', 'Continue', 'Options', 'Quit'].map((t, i) => this.add.text(300, 200 + i * 50, t, { fontSize: '28px', color: '#888888' }));
    this.current = 0;
    this.input.keyboard.on('keydown-UP', () => this.shift(-1));
    this.input.keyboard.on('keydown-DOWN', () => this.shift(1));
    this.paint();
  }
  shift(step) {
    this.current = (this.current + step + this.entries.length) % this.entries.length;
    this.paint();
  }
  paint() {
    this.entries.forEach((t, i) => t.setColor(i === this.current ? '#ffff00' : '#888888'));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Menu });
