// Echo: the pads light up in a sequence one longer each round; press the number keys 1-3 to repeat it
class Echo extends Phaser.Scene {
  create() {
    this.pads = [0xff4444, 0x44ff44, 0x4444ff].map((c, i) => this.add.rectangle(200 + i * 200, 300, 150, 150, c).setAlpha(0.4));
    this.sequence = [];
    this.left = [];
    this.round = this.add.text(20, 20, '', { fontSize: '22px', color: '#ffffff' });
    this.input.keyboard.on('keydown', (e) => this.press(Number(e.key) - 1));
    this.nextRound();
  }
  nextRound() {
    this.sequence.push(this.sequence.length % 3);
    this.left = [...this.sequence];
    this.round.setText('Round ' + this.sequence.length);
    this.sequence.forEach((p, i) => this.time.delayedCall(i * 500, () => this.tweens.add({ targets: this.pads[p], alpha: 1, duration: 200, yoyo: true })));
  }
  press(pad) {
    if (!(pad >= 0 && pad < 3)) return;
    if (this.left.shift() !== pad) { this.round.setText('Wrong! Reached round ' + this.sequence.length); return; }
    if (this.left.length === 0) this.time.delayedCall(600, () => this.nextRound());
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Echo });
