// A turret that lights the quarter of the ring the mouse points at; Math.atan2's radians are turned into degrees
// before the degree ranges are tested.
class AimSectors extends Phaser.Scene {
  constructor() { super('aim'); }
  preload() {}
  create() {
    this.ring = this.add.graphics();
    this.sector = -1;
    this.label = this.add.text(20, 20, 'Point around the turret', { fontSize: '20px', color: '#ffffff' });
    this.input.on('pointermove', (pointer) => {
      const heading = Phaser.Math.RadToDeg(Math.atan2(pointer.y - 300, pointer.x - 400));
      let sector;
      if (heading > -45 && heading <= 45) sector = 0;
      else if (heading > 45 && heading <= 135) sector = 1;
      else if (heading <= -45 && heading > -135) sector = 3;
      else sector = 2;
      if (sector !== this.sector) this.light(sector);
    });
    this.light(0);
  }
  light(sector) {
    this.sector = sector;
    this.ring.clear();
    for (let i = 0; i < 4; i++) {
      this.ring.fillStyle(i === sector ? 0xffd166 : 0x3d405b, 1);
      this.ring.slice(400, 300, 120, Phaser.Math.DegToRad(i * 90 - 45), Phaser.Math.DegToRad(i * 90 + 45), false);
      this.ring.fillPath();
    }
    this.label.setText('Sector ' + sector);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1b1b2f', scene: AimSectors });
