// Sheep pen: 6 sheep are scattered at random places in the meadow
class Meadow extends Phaser.Scene {
  constructor() { super('meadow'); }
  create() {
    const spot = () => ({ x: Phaser.Math.Between(40, 560), y: Phaser.Math.Between(60, 360) });
    const spots = Array.from({ length: 6 }, () => spot());
    spots.forEach((p) => this.add.ellipse(p.x, p.y, 34, 24, 0xfafafa));
    this.add.text(10, 10, 'Sheep: ' + spots.length, { color: '#ffffff' });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#558b2f', scene: Meadow });
