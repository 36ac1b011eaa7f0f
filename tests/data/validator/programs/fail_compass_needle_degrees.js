// Compass toy: the needle turns to point at the mouse; the heading is shown in degrees
class CompassScene extends Phaser.Scene {
  constructor() { super('compass'); }
  create() {
    this.add.circle(400, 300, 150, 0xeceff1).setStrokeStyle(6, 0x455a64);
    this.needle = this.add.triangle(400, 300, 0, 12, 130, 0, 0, -12, 0xe53935).setOrigin(0, 0.5);
    this.needle.setPosition(400, 300);
    this.label = this.add.text(400, 500, '', { fontSize: '28px', color: '#ffffff' }).setOrigin(0.5);
    this.input.on('pointermove', (p) => {
      const headingDeg = Phaser.Math.RadToDeg(Math.atan2(p.y - 300, p.x - 400));
      this.needle.rotation = headingDeg;
      this.label.setText('Heading: ' + Math.round(headingDeg) + '°');
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: CompassScene });
