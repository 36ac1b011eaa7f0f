// Click the target as often as you can in 5 seconds; then the best three scores of this session are listed, highest first
class Clicks extends Phaser.Scene {
  create() {
    this.best = [120, 80, 45];
    this.hits = 0;
    this.add.circle(400, 300, 60, 0xff8844).setInteractive().on('pointerdown', () => { this.hits += 1; });
    this.board = this.add.text(20, 20, '', { fontSize: '22px', color: '#ffffff' });
    this.time.delayedCall(5000, () => {
      this.best.push(this.hits);
      this.best.sort().reverse();
      this.board.setText(this.best.slice(0, 3).join('\n'));
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Clicks });
