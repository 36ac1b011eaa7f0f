// The tile's own 'drag' handler is written with the input plugin's (pointer, gameObject, dragX, dragY): the tile emits
// (pointer, dragX, dragY), so `gameObject` is a number and the tile never moves.
class Puzzle extends Phaser.Scene {
  constructor() { super('puzzle'); }
  preload() {}
  create() {
    const tile = this.add.rectangle(200, 300, 80, 80, 0xcc6633).setInteractive({ draggable: true });
    tile.on('drag', function (pointer, gameObject, dragX, dragY) {
      gameObject.x = dragX;
      gameObject.y = dragY;
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Puzzle });
