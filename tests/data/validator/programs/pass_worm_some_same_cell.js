// A worm moves on a 20 px grid with the arrow keys and the game ends when it runs into itself
class Worm extends Phaser.Scene {
  create() {
    this.cells = [{ x: 10, y: 10 }, { x: 9, y: 10 }, { x: 8, y: 10 }];
    this.dir = { x: 1, y: 0 };
    this.over = false;
    this.g = this.add.graphics();
    this.keys = this.input.keyboard.createCursorKeys();
    this.time.addEvent({ delay: 150, loop: true, callback: this.step, callbackScope: this });
  }
  step() {
    if (this.over) return;
    const next = { x: this.cells[0].x + this.dir.x, y: this.cells[0].y + this.dir.y };
    if (this.cells.some((p) => p.x === next.x && p.y === next.y)) {
      this.over = true;
      this.add.text(300, 280, 'Game over', { fontSize: '32px', color: '#ff4444' });
      return;
    }
    this.cells.unshift(next);
    this.cells.pop();
    this.g.clear().fillStyle(0x44dd44);
    this.cells.forEach((p) => this.g.fillRect(p.x * 20, p.y * 20, 18, 18));
  }
  update() {
    if (this.keys.left.isDown && this.dir.x === 0) this.dir = { x: -1, y: 0 };
    else if (this.keys.right.isDown && this.dir.x === 0) this.dir = { x: 1, y: 0 };
    else if (this.keys.up.isDown && this.dir.y === 0) this.dir = { x: 0, y: -1 };
    else if (this.keys.down.isDown && this.dir.y === 0) this.dir = { x: 0, y: 1 };
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Worm });
