// the handler is written (cell, pointer) but the input plugin calls it with (pointer, gameObject)
class Board extends Phaser.Scene {
  preload() {}

  create() {
    for (let c = 0; c < 7; c++) {
      const zone = this.add.rectangle(100 + c * 90, 300, 80, 400, 0x2244aa).setInteractive();
      zone.column = c;
    }
    this.label = this.add.text(16, 16, 'Column: -', { fontSize: '22px', color: '#ffffff' });
    this.input.on('gameobjectdown', (cell, pointer) => {
      if (cell.column === undefined) return;
      this.label.setText('Column: ' + cell.column);
      this.add.circle(100 + cell.column * 90, 480, 30, 0xffdd00);
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Board });
