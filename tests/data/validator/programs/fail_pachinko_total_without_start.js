// Click to drop a ball into one of three bins; when 6 balls have landed, show the final score
class Pachinko extends Phaser.Scene {
  create() {
    this.bins = [0, 1, 2].map((i) => ({ x: 200 + i * 200, count: 0, value: (i + 1) * 10 }));
    this.bins.forEach((b) => this.add.rectangle(b.x, 560, 180, 60, 0x335577));
    this.score = 0;
    this.info = this.add.text(16, 16, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
    this.input.on('pointerdown', (pointer) => this.land(this.bins[Math.min(2, Math.floor(pointer.x / 267))]));
  }
  land(bin) {
    bin.count += 1;
    this.score += bin.value;
    this.info.setText('Score: ' + this.score);
    const landed = this.bins.reduce((total, b) => total + b.count);
    if (landed === 6) this.add.text(400, 300, 'Final score: ' + this.score, { fontSize: '36px', color: '#ffee88' }).setOrigin(0.5);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Pachinko });
