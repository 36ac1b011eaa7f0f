// A ship flies over a wide sea and a radar camera in the top-right corner shows the whole map; its viewport is
// in pixels.
class Radar extends Phaser.Scene {
  constructor() { super('radar'); }
  preload() {}
  create() {
    this.add.rectangle(0, 0, 3200, 600, 0x1d5c8c).setOrigin(0);
    for (let i = 0; i < 24; i++) this.add.circle(120 + i * 130, 150 + (i % 5) * 80, 26, 0xe9c46a);
    this.ship = this.add.triangle(100, 300, 0, 30, 15, 0, 30, 30, 0xffffff);
    this.cameras.main.setBounds(0, 0, 3200, 600).startFollow(this.ship);
    this.radar = this.cameras.add(576, 18, 200, 150).setZoom(0.07).setBackgroundColor(0x0b1d2a);
    this.radar.centerOn(1600, 300);
  }
  update(time, delta) {
    this.ship.x = Math.min(3150, this.ship.x + 0.25 * delta);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Radar });
