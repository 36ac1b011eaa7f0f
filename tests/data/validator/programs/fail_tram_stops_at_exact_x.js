// Tram: it drives right at 90 px/s and must stop for 2 s at the station (x = 300), then drive on
const STATION_X = 300;
class Tram extends Phaser.Scene {
  constructor() { super('tram'); }
  create() {
    this.add.rectangle(STATION_X, 230, 8, 40, 0xffeb3b);
    this.tram = this.add.rectangle(40, 200, 70, 30, 0xe53935);
    this.waiting = false;
    this.stops = 0;
    this.label = this.add.text(10, 10, 'stops: 0', { fontSize: '16px', color: '#fff' });
  }
  update(time, delta) {
    if (this.waiting) return;
    this.tram.x += 90 * delta / 1000;
    if (this.tram.x === STATION_X) {
      this.waiting = true;
      this.stops += 1;
      this.label.setText('stops: ' + this.stops);
      this.time.delayedCall(2000, () => { this.tram.x += 1; this.waiting = false; });
    }
    if (this.tram.x > 640) this.tram.x = -40;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 300, backgroundColor: '#455a64', scene: Tram });
