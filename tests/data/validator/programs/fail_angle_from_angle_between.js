// The turret's aim from Angle.Between (radians) goes into .angle (degrees): it turns at most a few degrees.
class Turret extends Phaser.Scene {
  constructor() { super('turret'); }
  preload() {}
  create() {
    this.cannon = this.add.rectangle(400, 300, 80, 12, 0xcccccc).setOrigin(0, 0.5);
    this.input.on('pointermove', (p) => {
      this.cannon.angle = Phaser.Math.Angle.Between(this.cannon.x, this.cannon.y, p.x, p.y);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Turret });
