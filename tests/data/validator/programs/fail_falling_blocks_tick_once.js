// Falling blocks: the piece falls one row every 600 ms; LEFT/RIGHT move it.
const CELL = 24, COLS = 10, ROWS = 20;
class Blocks extends Phaser.Scene {
  constructor() { super('blocks'); }
  preload() {}
  create() {
    this.piece = { x: 4, y: 0 };
    this.g = this.add.graphics();
    this.time.addEvent({ delay: 600, callback: this.drop, callbackScope: this });
    this.input.keyboard.on('keydown-LEFT', () => { this.piece.x = Math.max(0, this.piece.x - 1); this.draw(); });
    this.input.keyboard.on('keydown-RIGHT', () => { this.piece.x = Math.min(COLS - 2, this.piece.x + 1); this.draw(); });
    this.draw();
  }
  drop() {
    if (this.piece.y < ROWS - 2) this.piece.y += 1;
    else this.piece = { x: 4, y: 0 };
    this.draw();
  }
  draw() {
    this.g.clear().fillStyle(0x222233).fillRect(280, 60, COLS * CELL, ROWS * CELL);
    this.g.fillStyle(0xffaa00).fillRect(280 + this.piece.x * CELL, 60 + this.piece.y * CELL, CELL * 2, CELL * 2);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Blocks });
