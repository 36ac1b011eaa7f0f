// Three level previews, each laid out by its own seed (level 1, 2, 3 always look the same)
class Levels extends Phaser.Scene {
  constructor() { super('levels'); }
  create() {
    [1, 2, 3].forEach((level, i) => {
      const rnd = new Phaser.Math.RandomDataGenerator(['level-' + level]);
      const box = this.add.rectangle(100 + i * 200, 200, 180, 180, 0x263238);
      for (let k = 0; k < 6; k++) this.add.rectangle(box.x + rnd.between(-70, 70), box.y + rnd.between(-70, 70), 16, 16, 0x8bc34a);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Levels });
