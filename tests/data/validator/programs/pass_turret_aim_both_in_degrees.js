// Sentry turret: the turret sweeps left and right; it fires at the drone (moved with the arrow keys) when the drone is within 20 degrees of its aim
class Sentry extends Phaser.Scene {
  constructor() { super('sentry'); }
  create() {
    this.turret = this.add.rectangle(400, 520, 60, 14, 0x90a4ae).setOrigin(0, 0.5);
    this.drone = this.add.circle(400, 200, 14, 0x4dd0e1);
    this.shots = 0;
    this.label = this.add.text(16, 16, 'Shots: 0', { fontSize: '20px', color: '#ffffff' });
    this.tweens.add({ targets: this.turret, angle: { from: -160, to: -20 }, duration: 3000, yoyo: true, repeat: -1 });
    this.cursors = this.input.keyboard.createCursorKeys();
    this.time.addEvent({ delay: 400, loop: true, callback: () => this.tryFire() });
  }
  tryFire() {
    const toDrone = Phaser.Math.Angle.Between(this.turret.x, this.turret.y, this.drone.x, this.drone.y);
    const off = Phaser.Math.Angle.ShortestBetween(this.turret.angle, Phaser.Math.RadToDeg(toDrone));
    if (Math.abs(off) > 20) return;
    this.shots += 1;
    this.label.setText('Shots: ' + this.shots);
    const shot = this.add.circle(this.turret.x, this.turret.y, 4, 0xffeb3b);
    this.tweens.add({ targets: shot, x: this.drone.x, y: this.drone.y, duration: 250, onComplete: () => shot.destroy() });
  }
  update() {
    if (this.cursors.left.isDown) this.drone.x -= 4;
    if (this.cursors.right.isDown) this.drone.x += 4;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: Sentry });
