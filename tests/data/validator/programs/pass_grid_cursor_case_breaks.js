// Move a cursor on a 8x8 grid with the arrow keys
class Cursor extends Phaser.Scene {
  create() {
    this.at = { x: 4, y: 4 };
    this.box = this.add.rectangle(0, 0, 50, 50).setStrokeStyle(3, 0xffffff).setOrigin(0);
    this.input.keyboard.on('keydown', (event) => {
      switch (event.code) {
        case 'ArrowLeft':
          this.at.x = Math.max(0, this.at.x - 1);
          break;
        case 'ArrowRight':
          this.at.x = Math.min(7, this.at.x + 1);
          break;
        case 'ArrowUp':
          this.at.y = Math.max(0, this.at.y - 1);
          break;
        case 'ArrowDown':
          this.at.y = Math.min(7, this.at.y + 1);
          break;
      }
      this.place();
    });
    this.place();
  }
  place() { this.box.setPosition(200 + this.at.x * 50, 100 + this.at.y * 50); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Cursor });
