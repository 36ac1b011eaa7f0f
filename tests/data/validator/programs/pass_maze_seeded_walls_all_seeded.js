// 用种子生成迷宫障碍：同一个种子总是生成相同的布局，按 N 换下一个种子
class SeedScene extends Phaser.Scene {
  constructor() { super('seeded'); }
  create() {
    this.seed = 1;
    this.blocks = this.add.group();
    this.label = this.add.text(16, 16, '', { fontSize: '20px', color: '#ffffff' });
    this.build();
    this.input.keyboard.on('keydown-N', () => { this.seed += 1; this.build(); });
  }
  build() {
    this.blocks.clear(true, true);
    Phaser.Math.RND.sow([String(this.seed)]);
    for (let i = 0; i < 14; i++) {
      const w = Phaser.Math.RND.between(40, 120);
      const h = Phaser.Math.RND.between(20, 60);
      const x = Phaser.Math.RND.between(60, 740);
      const y = Phaser.Math.RND.between(80, 560);
      this.blocks.add(this.add.rectangle(x, y, w, h, 0x8bc34a));
    }
    this.label.setText('seed ' + this.seed);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#212121', scene: SeedScene });
