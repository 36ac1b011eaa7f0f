// A clock runs one hour every second; street lamps light up at night (from 19:00 to 7:00)
class Street extends Phaser.Scene {
  constructor() { super('street'); }
  create() {
    this.hour = 16;
    this.sky = this.add.rectangle(300, 200, 600, 400, 0x87ceeb);
    this.lamps = [100, 300, 500].map((x) => this.add.circle(x, 150, 14, 0x555555));
    this.clock = this.add.text(10, 10, '16:00', { fontSize: '20px', color: '#000000' });
    this.time.addEvent({ delay: 1000, loop: true, callback: () => this.tick() });
  }
  tick() {
    this.hour = (this.hour + 1) % 24;
    const night = this.hour >= 19 || this.hour < 7;
    this.sky.setFillStyle(night ? 0x0d1b2a : 0x87ceeb);
    this.lamps.forEach((l) => l.setFillStyle(night ? 0xffee58 : 0x555555));
    this.clock.setText(String(this.hour).padStart(2, '0') + ':00');
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Street });
