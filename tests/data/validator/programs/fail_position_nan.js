// Speeds are stored with setData but read as star.speed (undefined): every y becomes NaN and the stars vanish.
class Stars extends Phaser.Scene {
  constructor() { super('stars'); }
  preload() {}
  create() {
    this.stars = [];
    for (let i = 0; i < 50; i++) {
      const star = this.add.circle(Phaser.Math.Between(0, 800), Phaser.Math.Between(0, 600), 2, 0xffffff);
      star.setData('speed', Phaser.Math.FloatBetween(0.5, 3));
      this.stars.push(star);
    }
  }
  update() {
    for (const star of this.stars) {
      star.y += star.speed;
      if (star.y > 600) star.y = 0;
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Stars });
