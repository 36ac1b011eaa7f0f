// The wrap helper throws Phaser.Math.Wrap's result away: nothing wraps, the ship flies off for good.
class Wrap extends Phaser.Scene {
  constructor() { super('wrap'); }
  preload() {}
  create() { this.ship = this.add.triangle(400, 300, 0, 20, 10, 0, 20, 20, 0xffffff); }
  update() {
    this.ship.x += 4;
    Phaser.Math.Wrap(this.ship.x, 0, 800);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Wrap });
