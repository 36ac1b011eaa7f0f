// Three stages: click every target on the screen to clear a stage; stage 3 has the most targets, then you win
const STAGES = [3, 5, 8];
class Stages extends Phaser.Scene {
  constructor() { super('stages'); }
  create() {
    this.stage = 1;
    this.label = this.add.text(10, 10, '', { fontSize: '18px', color: '#fff' });
    this.build();
  }
  build() {
    this.left = STAGES[this.stage - 1];
    this.label.setText('stage ' + this.stage + '  targets: ' + this.left);
    for (let i = 0; i < this.left; i++) {
      const t = this.add.circle(Phaser.Math.Between(40, 560), Phaser.Math.Between(60, 360), 18, 0xff7043).setInteractive();
      t.on('pointerdown', () => { t.destroy(); this.hit(); });
    }
  }
  hit() {
    this.left -= 1;
    this.label.setText('stage ' + this.stage + '  targets: ' + this.left);
    if (this.left > 0) return;
    this.stage += 1;
    if (this.stage === STAGES.length) {
      this.add.text(300, 200, 'YOU WIN!', { fontSize: '40px', color: '#ffeb3b' }).setOrigin(0.5);
      return;
    }
    this.build();
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, backgroundColor: '#263238', scene: Stages });
