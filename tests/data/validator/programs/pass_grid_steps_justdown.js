// A knight on an 8x8 board moves one square per key press (arrow keys); it cannot leave the board.
const TILE = 64;
class BoardScene extends Phaser.Scene {
  constructor() { super('board'); }
  preload() {}
  create() {
    for (let r = 0; r < 8; r++) {
      for (let c = 0; c < 8; c++) {
        this.add.rectangle(144 + c * TILE + TILE / 2, 44 + r * TILE + TILE / 2, TILE, TILE, (r + c) % 2 ? 0x795548 : 0xd7ccc8);
      }
    }
    this.col = 0;
    this.row = 0;
    this.piece = this.add.circle(0, 0, 22, 0x1e88e5);
    this.place();
    this.cursors = this.input.keyboard.createCursorKeys();
    this.moves = 0;
    this.label = this.add.text(10, 10, 'Moves: 0', { fontSize: '18px', color: '#ffffff' });
  }
  place() {
    this.piece.setPosition(144 + this.col * TILE + TILE / 2, 44 + this.row * TILE + TILE / 2);
  }
  update(time, delta) {
    const JD = Phaser.Input.Keyboard.JustDown;
    let dc = 0;
    let dr = 0;
    if (JD(this.cursors.left)) dc = -1;
    else if (JD(this.cursors.right)) dc = 1;
    else if (JD(this.cursors.up)) dr = -1;
    else if (JD(this.cursors.down)) dr = 1;
    if (dc || dr) {
      this.col = Phaser.Math.Clamp(this.col + dc, 0, 7);
      this.row = Phaser.Math.Clamp(this.row + dr, 0, 7);
      this.place();
      this.moves += 1;
      this.label.setText('Moves: ' + this.moves);
    }
    this.piece.rotation += delta / 1000;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#212121', scene: BoardScene });
