// Click the target to score; each hit within 2 seconds of the last one raises the combo, and 2 seconds without a hit resets it to 1
class Combo extends Phaser.Scene {
  create() {
    this.combo = 1;
    this.score = 0;
    this.info = this.add.text(16, 16, 'Score: 0  Combo: x1', { fontSize: '22px', color: '#ffffff' });
    this.target = this.add.circle(400, 300, 40, 0xff5555).setInteractive();
    this.target.on('pointerdown', () => this.hit());
  }
  hit() {
    this.score += 100 * this.combo;
    this.combo = Math.min(5, this.combo + 1);
    if (this.resetTimer) this.resetTimer.remove();
    this.resetTimer = this.time.delayedCall(2000, () => { this.combo = 1; this.show(); });
    this.target.setPosition(Phaser.Math.Between(60, 740), Phaser.Math.Between(80, 540));
    this.show();
  }
  show() {
    this.info.setText(`Score: ${this.score}  Combo: x${this.combo}`);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Combo });
