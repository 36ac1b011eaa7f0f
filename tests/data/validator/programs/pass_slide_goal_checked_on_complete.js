// Slide the block onto the goal cell with the arrow keys; say "Done!" when it is there
class Slide extends Phaser.Scene {
  create() {
    this.cell = 0;
    this.goal = 4;
    this.busy = false;
    this.block = this.add.rectangle(100, 300, 60, 60, 0x44aaff);
    this.add.rectangle(100 + this.goal * 120, 300, 70, 70).setStrokeStyle(2, 0xffffff);
    this.msg = this.add.text(20, 20, '', { fontSize: '24px', color: '#ffffff' });
    this.input.keyboard.on('keydown-RIGHT', () => this.move(1));
  }
  move(step) {
    if (this.busy || this.cell + step > 4) return;
    this.busy = true;
    this.tweens.add({ targets: this.block, x: 100 + (this.cell + step) * 120, duration: 150, onComplete: () => {
      this.cell += step;
      this.busy = false;
      if (this.atGoal()) this.msg.setText('Done!');
    } });
  }
  atGoal() { return this.cell === this.goal; }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Slide });
