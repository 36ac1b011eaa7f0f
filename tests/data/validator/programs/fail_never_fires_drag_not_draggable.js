// The puzzle pieces are interactive but never draggable (setInteractive() without { draggable: true }): Phaser never
// emits 'drag' for them, so no piece can be moved.
class PuzzleScene extends Phaser.Scene {
  constructor() { super('puzzle'); }
  preload() {}
  create() {
    const colours = [0xe63946, 0xf4a261, 0x2a9d8f, 0x457b9d];
    colours.forEach((c, i) => {
      const piece = this.add.rectangle(150 + i * 160, 450, 100, 100, c).setInteractive();
      piece.on('drag', (pointer, x, y) => piece.setPosition(x, y));
    });
    this.add.rectangle(400, 180, 420, 140).setStrokeStyle(3, 0xffffff);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1d3557', scene: PuzzleScene });
