// Garden: click a bed to water it; every 3 seconds a new day starts and watered beds grow one step, then dry out
const beds = [];
class Garden extends Phaser.Scene {
  constructor() { super('garden'); }
  create() {
    for (let i = 0; i < 4; i++) {
      const bed = { soil: this.add.rectangle(120 + i * 120, 250, 90, 60, 0x8d6e63).setInteractive(), plant: this.add.rectangle(120 + i * 120, 215, 10, 4, 0x66bb6a), size: 0, wet: false };
      bed.soil.on('pointerdown', () => { bed.wet = true; bed.soil.setFillStyle(0x4e342e); });
      beds.push(bed);
    }
    this.time.addEvent({ delay: 3000, loop: true, callback: () => this.nextDay() });
  }
  nextDay() {
    for (const bed of beds) {
      bed.wet = false;
      bed.soil.setFillStyle(0x8d6e63);
      if (bed.wet && bed.size < 5) {
        bed.size++;
        bed.plant.setSize(10, 4 + bed.size * 12);
      }
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Garden });
