// Charge meter: the meter charges by one step every 0.5 s up to 8 steps, then shows FULL
class Charge extends Phaser.Scene {
  constructor() { super('charge'); }
  create() {
    this.steps = 0;
    this.bar = this.add.graphics();
    this.label = this.add.text(400, 200, '', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
    const charge = new Phaser.Time.TimerEvent({
      delay: 500,
      repeat: 7,
      callback: function () { this.steps += 1; },
    });
    this.time.addEvent(charge);
  }
  update() {
    this.bar.clear().fillStyle(0x00e676).fillRect(200, 300, this.steps * 50, 30);
    this.label.setText(this.steps >= 8 ? 'FULL' : 'Charging ' + this.steps + ' / 8');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: Charge });
