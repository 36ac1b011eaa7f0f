// event.key is a string ('ArrowLeft'); KeyCodes are numbers: no case ever matches
class Slide extends Phaser.Scene {
  preload() {}

  create() {
    this.tile = this.add.rectangle(400, 300, 60, 60, 0xffaa33);
    const K = Phaser.Input.Keyboard.KeyCodes;
    this.input.keyboard.on('keydown', (event) => {
      switch (event.key) {
        case K.LEFT: this.tile.x -= 60; break;
        case K.RIGHT: this.tile.x += 60; break;
        case K.UP: this.tile.y -= 60; break;
        case K.DOWN: this.tile.y += 60; break;
      }
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Slide });
