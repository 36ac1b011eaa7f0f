// Elevator: click the call buttons of floors 0-5; the car always travels to the nearest waiting call next, waits there half a second with its doors open, then serves the next nearest call.
const FLOORS = 6;
const FLOOR_H = 90;
const MS_PER_FLOOR = 450;

const floorY = (f) => 560 - f * FLOOR_H;

class ElevatorScene extends Phaser.Scene {
  constructor() {
    super('Elevator');
  }

  create() {
    this.floor = 0;
    this.calls = [];
    this.moving = false;
    this.visits = [];

    for (let f = 0; f < FLOORS; f++) {
      this.add.line(0, 0, 200, floorY(f) + 35, 600, floorY(f) + 35, 0x90a4ae).setOrigin(0);
      this.add.text(210, floorY(f) - 30, `Floor ${f}`, { fontSize: '18px', color: '#cfd8dc' });
    }
    this.add.rectangle(400, 335, 90, FLOORS * FLOOR_H, 0x37474f).setStrokeStyle(2, 0x78909c);
    this.car = this.add.rectangle(400, floorY(0), 76, 70, 0xffb74d).setStrokeStyle(3, 0xe65100);

    this.buttons = [];
    for (let f = 0; f < FLOORS; f++) {
      const btn = this.add.circle(520, floorY(f), 20, 0x546e7a).setInteractive({ useHandCursor: true });
      this.add.text(520, floorY(f), String(f), { fontSize: '18px', color: '#ffffff' }).setOrigin(0.5);
      btn.on('pointerdown', () => this.call(f));
      this.buttons.push(btn);
    }
    this.status = this.add.text(20, 16, '', { fontSize: '22px', color: '#ffffff' });
    this.updateStatus();
  }

  call(f) {
    if (this.calls.includes(f) || (!this.moving && f === this.floor)) return;
    this.calls.push(f);
    this.buttons[f].setFillStyle(0xffca28);
    this.updateStatus();
    if (!this.moving) this.next();
  }

  next() {
    if (this.calls.length === 0) {
      this.moving = false;
      return;
    }
    this.calls.sort((a, b) => (a - this.floor) - (b - this.floor));
    const target = this.calls[0];
    this.moving = true;
    this.tweens.add({
      targets: this.car,
      y: floorY(target),
      duration: Math.abs(target - this.floor) * MS_PER_FLOOR,
      ease: 'Sine.easeInOut',
      onComplete: () => this.arrive(target)
    });
  }

  arrive(target) {
    this.floor = target;
    this.visits.push(target);
    Phaser.Utils.Array.Remove(this.calls, target);
    this.buttons[target].setFillStyle(0x546e7a);
    this.car.setFillStyle(0xfff3e0);
    this.updateStatus();
    this.time.delayedCall(500, () => {
      this.car.setFillStyle(0xffb74d);
      this.next();
    });
  }

  updateStatus() {
    this.status.setText(`At floor ${this.floor}   Waiting: ${this.calls.join(', ') || '-'}   Visited: ${this.visits.join(' > ')}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 640,
  backgroundColor: '#263238',
  scene: ElevatorScene
});
