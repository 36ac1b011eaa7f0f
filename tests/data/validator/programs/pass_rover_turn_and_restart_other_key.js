// Rover on a grid: arrow keys turn it, it moves one cell every 200 ms; hitting the edge stops it, R starts again
const CELL = 20;
class Rover extends Phaser.Scene {
  constructor() { super('rover'); }
  create() {
    this.pos = { x: 10, y: 8 };
    this.heading = { x: 1, y: 0 };
    this.crashed = false;
    this.dot = this.add.rectangle(0, 0, CELL - 2, CELL - 2, 0x00e676).setOrigin(0);
    this.msg = this.add.text(200, 150, '', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    this.input.keyboard.on('keydown', (event) => {
      const turns = { ArrowUp: { x: 0, y: -1 }, ArrowDown: { x: 0, y: 1 }, ArrowLeft: { x: -1, y: 0 }, ArrowRight: { x: 1, y: 0 } };
      const t = turns[event.code];
      if (t) this.heading = t;
      if (event.code === 'KeyR' && this.crashed) this.scene.restart();
    });
    this.time.addEvent({ delay: 200, loop: true, callback: () => {
      if (this.crashed) return;
      this.pos.x += this.heading.x;
      this.pos.y += this.heading.y;
      if (this.pos.x < 0 || this.pos.y < 0 || this.pos.x >= 20 || this.pos.y >= 15) { this.crashed = true; this.msg.setText('Crashed! R to restart'); }
    } });
  }
  update() { this.dot.setPosition(this.pos.x * CELL, this.pos.y * CELL); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 300, backgroundColor: '#263238', scene: Rover });
