// Top-down Matter car: UP/DOWN push the car forward/back along its heading, LEFT/RIGHT turn it, air friction makes it coast to a stop; driving through the three gates in order and back over the start line completes a lap, and the laps and best lap time are shown.
const GATES = [
  { x: 680, y: 300, w: 200, h: 30 },
  { x: 400, y: 520, w: 30, h: 200 },
  { x: 120, y: 300, w: 200, h: 30 },
  { x: 300, y: 80, w: 30, h: 140, finish: true }
];

class RaceScene extends Phaser.Scene {
  constructor() {
    super('race');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x1565c0).fillRoundedRect(0, 0, 40, 22, 5).fillStyle(0xbbdefb).fillRect(26, 3, 8, 16);
    g.generateTexture('kart', 40, 22);
    g.destroy();

    this.matter.world.setBounds(0, 0, 800, 640);
    this.add.ellipse(400, 300, 440, 300, 0x2e7d32);

    this.gates = GATES.map((gate, i) => {
      this.add.rectangle(gate.x, gate.y, gate.w, gate.h, gate.finish ? 0xffffff : 0xffca28, 0.5);
      this.add.text(gate.x, gate.y, gate.finish ? 'FINISH' : `${i + 1}`, { fontSize: '16px', color: '#000000' }).setOrigin(0.5);
      return this.matter.add.rectangle(gate.x, gate.y, gate.w, gate.h, { isStatic: true, isSensor: true });
    });

    this.car = this.matter.add.image(360, 80, 'kart');
    this.car.setFrictionAir(0.06).setMass(4);
    this.nextGate = 0;
    this.laps = 0;
    this.best = null;
    this.lapStart = this.time.now;

    this.matter.world.on('collisionstart', (event) => {
      event.pairs.forEach(({ bodyA, bodyB }) => {
        const gateBody = bodyA === this.car.body ? bodyB : bodyB === this.car.body ? bodyA : null;
        if (gateBody && this.gates.indexOf(gateBody) === this.nextGate) this.passGate();
      });
    });

    this.keys = this.input.keyboard.createCursorKeys();
    this.hud = this.add.text(12, 600, '', { fontSize: '20px', color: '#ffffff' });
  }

  passGate() {
    this.nextGate += 1;
    if (this.nextGate === this.gates.length) {
      const lapTime = (this.time.now - this.lapStart) / 1000;
      this.best = this.best === null ? lapTime : Math.min(this.best, lapTime);
      this.laps += 1;
      this.nextGate = 0;
      this.lapStart = this.time.now;
    }
  }

  update() {
    if (this.keys.up.isDown) this.car.thrust(0.004);
    else if (this.keys.down.isDown) this.car.thrust(-0.002);
    if (this.keys.left.isDown) this.car.setAngularVelocity(-0.05);
    else if (this.keys.right.isDown) this.car.setAngularVelocity(0.05);
    else this.car.setAngularVelocity(0);

    const best = this.best === null ? '--' : `${this.best.toFixed(2)}s`;
    this.hud.setText(`Laps: ${this.laps}   Next gate: ${this.nextGate === 3 ? 'FINISH' : this.nextGate + 1}   Best lap: ${best}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 640,
  backgroundColor: '#616161',
  physics: { default: 'matter', matter: { gravity: { x: 0, y: 0 } } },
  scene: RaceScene
});
