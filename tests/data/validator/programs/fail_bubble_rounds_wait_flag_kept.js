// 气泡回合：点破所有气泡后，等 1.5 秒进入下一回合，每回合多 2 个气泡，显示回合数
class Bubbles extends Phaser.Scene {
  constructor() { super('bubbles'); }
  create() {
    this.round = 1;
    this.betweenRounds = false;
    this.bubbles = this.add.group();
    this.label = this.add.text(10, 10, '', { fontSize: '18px', color: '#fff' });
    this.spawnRound();
  }
  spawnRound() {
    this.label.setText('round ' + this.round);
    for (let i = 0; i < 2 + this.round * 2; i++) {
      const b = this.add.circle(Phaser.Math.Between(40, 560), Phaser.Math.Between(60, 360), 20, 0x4fc3f7).setInteractive();
      b.on('pointerdown', () => b.destroy());
      this.bubbles.add(b);
    }
  }
  update() {
    if (!this.betweenRounds && this.bubbles.getLength() === 0) {
      this.betweenRounds = true;
      this.label.setText('round ' + this.round + ' clear!');
      this.time.delayedCall(1500, () => {
        this.round += 1;
        this.spawnRound();
      });
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#01579b', scene: Bubbles });
