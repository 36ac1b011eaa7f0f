// An analogue clock: a cream face with hour, minute and second hands that turn with the real time.
const CX = 400, CY = 300, R = 220;
class Clock extends Phaser.Scene {
  constructor() { super('clock'); }
  preload() {}
  create() {
    this.hour = this.hand(10, 120, 0x333333);
    this.minute = this.hand(6, 180, 0x333333);
    this.second = this.hand(2, 200, 0xcc2222);
    this.drawFace();
  }
  hand(width, length, colour) {
    return this.add.rectangle(CX, CY, width, length, colour).setOrigin(0.5, 1);
  }
  drawFace() {
    this.add.circle(CX, CY, R, 0xf5f0e1).setStrokeStyle(8, 0x5b3a29);
  }
  update() {
    const now = new Date();
    this.second.angle = now.getSeconds() * 6;
    this.minute.angle = now.getMinutes() * 6;
    this.hour.angle = (now.getHours() % 12) * 30 + now.getMinutes() * 0.5;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#223344', scene: Clock });
