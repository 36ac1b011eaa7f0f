// The same seed must give the same 10 rocks: RND is seeded, but the rocks are placed with Math.Between, which ignores it
const SEED = 'level-7';

class Rocks extends Phaser.Scene {
  constructor() { super('rocks'); }
  preload() {}
  create() {
    Phaser.Math.RND.sow([SEED]);
    for (let i = 0; i < 10; i++) {
      this.add.circle(Phaser.Math.Between(40, 760), Phaser.Math.Between(40, 560), 20, 0x888899);
    }
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#2b2b1e', scene: Rocks });
