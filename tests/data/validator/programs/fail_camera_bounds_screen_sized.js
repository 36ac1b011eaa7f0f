// A hexagon drifts up and to the left across a 3000x3000 world; the camera follows it and keeps it in the middle.
class Drift extends Phaser.Scene {
  constructor() { super('drift'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0xffcc00).fillPoints(new Phaser.Geom.Polygon([30, 0, 60, 15, 60, 45, 30, 60, 0, 45, 0, 15]).points, true);
    g.generateTexture('hex', 60, 60);
    g.destroy();
  }
  create() {
    const grid = this.add.grid(1500, 1500, 3000, 3000, 100, 100, 0x112233, 1, 0x334455);
    this.hex = this.add.image(2600, 2600, 'hex');
    const cam = this.cameras.main;
    cam.setBounds(0, 0, this.scale.width, this.scale.height);
    cam.startFollow(this.hex);
    this.add.text(10, 10, 'follow the hexagon', { color: '#ffffff' }).setScrollFactor(0);
  }
  update(time, delta) {
    this.hex.x -= 0.05 * delta;
    this.hex.y -= 0.05 * delta;
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Drift });
