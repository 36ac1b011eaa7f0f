// Drag the pendulum bob and let go: it swings about the pivot (angle measured from straight down)
const PIVOT = { x: 300, y: 60 }, LEN = 220;
class Swing extends Phaser.Scene {
  constructor() { super('swing'); }
  create() {
    this.theta = 0.8; this.omega = 0;
    this.rod = this.add.graphics();
    this.bob = this.add.circle(0, 0, 18, 0xffca28).setInteractive({ draggable: true });
    this.dragging = false;
    this.bob.on('dragstart', () => { this.dragging = true; });
    this.bob.on('drag', (pointer) => { this.theta = Math.atan2(pointer.x - PIVOT.x, pointer.y - PIVOT.y); this.omega = 0; });
    this.bob.on('dragend', () => { this.dragging = false; });
  }
  update(time, delta) {
    const dt = delta / 1000;
    if (!this.dragging) { this.omega += -9.8 / (LEN / 100) * Math.sin(this.theta) * dt; this.theta += this.omega * dt; }
    this.bob.setPosition(PIVOT.x + LEN * Math.sin(this.theta), PIVOT.y + LEN * Math.cos(this.theta));
    this.rod.clear().lineStyle(3, 0xffffff, 1).lineBetween(PIVOT.x, PIVOT.y, this.bob.x, this.bob.y);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 360, scene: Swing });
