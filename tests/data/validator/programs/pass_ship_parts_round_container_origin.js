// A ship (hull, cabin, two wings) in a Container at (400, 300) that drifts right; the parts are made round (0, 0)
class Ship extends Phaser.Scene {
  constructor() { super('ship'); }
  preload() {}
  create() {
    const x = 400;
    const y = 300;
    const hull = this.add.rectangle(0, 0, 60, 20, 0xcccccc);
    const cabin = this.add.circle(10, -12, 8, 0x66ccff);
    const wingL = this.add.triangle(-10, -20, 0, 20, 20, 20, 10, 0, 0xcc4444);
    const wingR = this.add.triangle(-10, 20, 0, 0, 20, 0, 10, 20, 0xcc4444);
    this.ship = this.add.container(x, y, [hull, cabin, wingL, wingR]);
  }
  update(time, delta) {
    this.ship.x = (this.ship.x + 0.05 * delta) % 800;
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000022', scene: Ship });
