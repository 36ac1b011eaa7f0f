// Compass: click anywhere; the text names the compass sector (N, NE, E, ...) of the click seen from the centre
const NAMES = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];
class Compass extends Phaser.Scene {
  constructor() { super('compass'); }
  create() {
    this.add.circle(300, 200, 120).setStrokeStyle(2, 0xffffff);
    this.out = this.add.text(300, 360, 'click around the circle', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    this.input.on('pointerdown', (p) => {
      // angle clockwise from north
      const heading = Phaser.Math.RadToDeg(Phaser.Math.Angle.Between(300, 200, p.x, p.y)) + 90;
      const sector = Math.floor(Phaser.Math.Wrap(heading + 22.5, 0, 360) / 45);
      this.out.setText(NAMES[sector]);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Compass });
