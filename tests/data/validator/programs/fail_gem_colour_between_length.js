// A 6x6 board of gems in random colours; Between(0, GEMS.length) includes GEMS.length, so some gems get no colour
const GEMS = [0xff4444, 0x44ff44, 0x4488ff, 0xffdd33, 0xcc44ff];

class Board extends Phaser.Scene {
  constructor() { super('board'); }
  preload() {}
  create() {
    for (let r = 0; r < 6; r++) {
      for (let c = 0; c < 6; c++) this.gem(150 + c * 70, 100 + r * 70, this.pickColour());
    }
  }
  pickColour() {
    return Phaser.Math.Between(0, GEMS.length);
  }
  gem(x, y, kind) {
    return this.add.circle(x, y, 28, GEMS[kind]);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#202030', scene: Board });
