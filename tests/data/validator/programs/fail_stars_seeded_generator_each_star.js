// A night sky of 40 stars at random places; the same sky every time the game starts (seeded)
class Sky extends Phaser.Scene {
  constructor() { super('sky'); }
  create() {
    for (let i = 0; i < 40; i++) {
      const rnd = new Phaser.Math.RandomDataGenerator(['night-sky']);
      const x = rnd.between(10, 590);
      const y = rnd.between(10, 390);
      this.add.circle(x, y, rnd.between(1, 3), 0xffffff);
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#0b1026', scene: Sky });
