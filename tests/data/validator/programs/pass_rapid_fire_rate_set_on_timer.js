// Auto-fire: the ship fires automatically every 400 ms; press R for 5 s of rapid fire (every 100 ms)
class Ship extends Phaser.Scene {
  constructor() { super('ship'); }
  create() {
    this.rate = 400;
    this.shots = 0;
    this.ship = this.add.triangle(400, 540, 0, 30, 15, 0, 30, 30, 0x4fc3f7);
    this.label = this.add.text(16, 16, 'Shots: 0', { fontSize: '20px', color: '#ffffff' });
    this.fireTimer = this.time.addEvent({ delay: this.rate, loop: true, callback: this.fire, callbackScope: this });
    this.input.keyboard.on('keydown-R', () => this.rapid());
  }
  rapid() {
    this.rate = 100;
    this.fireTimer.delay = this.rate;
    this.time.delayedCall(5000, () => { this.rate = 400; this.fireTimer.delay = this.rate; });
  }
  fire() {
    const b = this.add.rectangle(this.ship.x, this.ship.y - 20, 4, 12, 0xffffff);
    this.tweens.add({ targets: b, y: -20, duration: 800, onComplete: () => b.destroy() });
    this.shots += 1;
    this.label.setText('Shots: ' + this.shots);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000814', scene: Ship });
