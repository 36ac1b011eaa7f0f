// A lift moves to the floor you click and stops there
const FLOORS = [500, 380, 260, 140];
class Lift extends Phaser.Scene {
  create() {
    this.car = this.add.rectangle(400, FLOORS[0], 60, 80, 0x4466aa);
    this.goal = FLOORS[0];
    FLOORS.forEach((y, i) => this.add.text(480, y - 10, 'Floor ' + (i + 1), { color: '#ffffff' }).setInteractive()
      .on('pointerdown', () => { this.goal = y; }));
  }
  update(time, delta) {
    if (this.car.y === this.goal) return;
    const step = 150 * delta / 1000;
    this.car.y += Math.sign(this.goal - this.car.y) * step;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Lift });
