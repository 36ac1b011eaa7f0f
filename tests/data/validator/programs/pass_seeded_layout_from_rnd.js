// The same seed must give the same 10 rocks: the rocks are placed with the seeded RND
const SEED = 'level-7';

class Rocks extends Phaser.Scene {
  constructor() { super('rocks'); }
  preload() {}
  create() {
    Phaser.Math.RND.sow([SEED]);
    for (let i = 0; i < 10; i++) {
      this.add.circle(Phaser.Math.RND.between(40, 760), Phaser.Math.RND.between(40, 560), 20, 0x888899);
    }
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#2b2b1e', scene: Rocks });
