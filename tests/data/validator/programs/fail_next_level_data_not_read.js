// Levels: clear all 5 targets to go to the next level; the level number and score carry over
class LevelScene extends Phaser.Scene {
  constructor() { super('level'); }
  init() {
    this.level = 1;
    this.score = 0;
  }
  create() {
    this.info = this.add.text(20, 20, 'Level ' + this.level + '  Score ' + this.score, { fontSize: '22px', color: '#fff' });
    this.left = 5;
    for (let i = 0; i < 5; i++) {
      const t = this.add.circle(150 + i * 120, 300, 30 - this.level * 2, 0xef5350).setInteractive();
      t.on('pointerdown', () => {
        t.destroy();
        this.score += 10 * this.level;
        this.left -= 1;
        if (this.left === 0) this.scene.restart({ level: this.level + 1, score: this.score });
      });
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1b5e20', scene: LevelScene });
