// Falling blocks: a block drops one row every half second; each tap of LEFT or RIGHT shifts it exactly one column
const COLS = 10;
const SIZE = 32;
class Blocks extends Phaser.Scene {
  create() {
    this.piece = { col: 4, row: 0 };
    this.board = this.add.graphics();
    this.cursors = this.input.keyboard.createCursorKeys();
    this.time.addEvent({ delay: 500, loop: true, callback: () => { this.piece.row = (this.piece.row + 1) % 18; } });
  }
  shift(dx) {
    if (this.piece.col + dx >= 0 && this.piece.col + dx < COLS) this.piece.col += dx;
  }
  update() {
    if (Phaser.Input.Keyboard.JustDown(this.cursors.left)) this.shift(-1);
    if (Phaser.Input.Keyboard.JustDown(this.cursors.right)) this.shift(1);
    this.board.clear().fillStyle(0x44aaff).fillRect(this.piece.col * SIZE, this.piece.row * SIZE, SIZE - 2, SIZE - 2);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 320, height: 600, scene: Blocks });
