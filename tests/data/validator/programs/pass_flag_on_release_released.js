// Right click flags a cell, left click opens it (rightButtonReleased() on release).
class Mines extends Phaser.Scene {
  preload() {}
  create() {
    this.input.mouse.disableContextMenu();
    for (let i = 0; i < 5; i++) {
      const cell = this.add.rectangle(200 + i * 100, 300, 90, 90, 0x888888).setInteractive();
      cell.on('pointerup', (pointer) => this.pick(pointer, cell));
    }
  }
  pick(pointer, cell) {
    if (pointer.rightButtonReleased()) cell.setFillStyle(0xdd3333);
    else cell.setFillStyle(0xeeeeee);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Mines });
