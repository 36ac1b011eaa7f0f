// A cave wall with 10 crystals at seeded random places (same layout every run)
class CaveScene extends Phaser.Scene {
  constructor() { super({ key: 'cave' }); }
  create() {
    this.seed = 'crystal-cave';
    const g = this.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0x66ddff, 1).fillTriangle(10, 0, 20, 30, 0, 30);
    g.generateTexture('crystal', 20, 30);
    g.destroy();
    for (let i = 0; i < 10; i++) {
      const spot = this.crystalSpot();
      this.add.image(spot.x, spot.y, 'crystal');
    }
  }
  crystalSpot() {
    const rng = new Phaser.Math.RandomDataGenerator([this.seed]);
    return { x: rng.between(40, 760), y: rng.between(60, 540) };
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [CaveScene] });
