// A worm crawls on a grid every 200 ms; it dies if it runs into itself
const CELL = 20;
class Worm extends Phaser.Scene {
  create() {
    this.body = [{ x: 10, y: 10 }, { x: 9, y: 10 }, { x: 8, y: 10 }];
    this.dir = { x: 1, y: 0 };
    this.alive = true;
    this.g = this.add.graphics();
    this.keys = this.input.keyboard.createCursorKeys();
    this.time.addEvent({ delay: 200, loop: true, callback: () => this.crawl() });
  }
  crawl() {
    if (!this.alive) return;
    if (this.keys.up.isDown) this.dir = { x: 0, y: -1 };
    if (this.keys.down.isDown) this.dir = { x: 0, y: 1 };
    const nx = this.body[0].x + this.dir.x;
    const ny = this.body[0].y + this.dir.y;
    this.body.unshift({ x: nx, y: ny });
    this.body.pop();
    if (this.body.some((p) => p.x === nx && p.y === ny)) { this.alive = false; this.add.text(300, 280, 'OUCH', { fontSize: '40px' }); }
    this.g.clear().fillStyle(0x88dd44);
    this.body.forEach((p) => this.g.fillRect(p.x * CELL, p.y * CELL, CELL - 2, CELL - 2));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Worm });
