// Echo: the game lights a growing sequence of 4 pads; click them back in the same order. Each round adds one pad
class Echo extends Phaser.Scene {
  constructor() { super('echo'); }
  create() {
    this.pads = [0xe53935, 0x43a047, 0x1e88e5, 0xfdd835].map((color, i) =>
      this.add.rectangle(180 + (i % 2) * 240, 110 + Math.floor(i / 2) * 180, 200, 160, color).setAlpha(0.35).setInteractive()
        .on('pointerdown', () => this.answer(i)));
    this.sequence = [];
    this.step = 0;
    this.status = this.add.text(300, 380, '', { fontSize: '20px', color: '#ffffff' }).setOrigin(0.5);
    this.addRound();
  }
  addRound() {
    this.sequence.push(Phaser.Math.Between(0, 3));
    this.step = 0;
    this.status.setText('Round ' + this.sequence.length);
    this.sequence.forEach((pad, k) => this.time.delayedCall(500 + k * 600, () => this.light(pad)));
  }
  light(pad) {
    this.pads[pad].setAlpha(1);
    this.time.delayedCall(300, () => this.pads[pad].setAlpha(0.35));
  }
  answer(pad) {
    this.light(pad);
    if (pad !== this.sequence[this.step]) { this.status.setText('Wrong! Click to try again'); this.input.once('pointerdown', () => this.scene.restart()); return; }
    this.step++;
    if (this.step === this.sequence.length) {
      this.status.setText('Well done!');
      this.time.delayedCall(700, () => this.addRound());
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Echo });
