// A school of fish swims around the tank; each fish turns to face where it swims
class Tank extends Phaser.Scene {
  constructor() { super('tank'); }
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffb74d, 1).fillTriangle(0, 0, 0, 12, 24, 6);
    g.generateTexture('fish', 24, 12);
    g.destroy();
    this.fish = [];
    for (let i = 0; i < 12; i++) {
      const f = this.add.image(Phaser.Math.Between(60, 540), Phaser.Math.Between(60, 340), 'fish');
      f.vx = Phaser.Math.FloatBetween(-2, 2);
      f.vy = Phaser.Math.FloatBetween(-1, 1);
      this.fish.push(f);
    }
  }
  update() {
    for (const f of this.fish) {
      f.x += f.vx; f.y += f.vy;
      if (f.x < 20 || f.x > 580) f.vx *= -1;
      if (f.y < 20 || f.y > 380) f.vy *= -1;
      f.rotation = Math.atan2(f.vx, f.vy);
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#01579b', scene: Tank });
