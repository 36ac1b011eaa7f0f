// Odd-number hunt: click anywhere to start a 15-second countdown, then click circles showing odd numbers (+1) and avoid even ones (-1); at zero the final score is shown.
class HuntScene extends Phaser.Scene {
  constructor() {
    super('Hunt');
  }

  create() {
    this.score = 0;
    this.timeLeft = 15;
    this.running = false;

    this.scoreText = this.add.text(20, 20, 'Score: 0', { fontSize: '26px', color: '#ffffff' });
    this.clockText = this.add.text(780, 20, '15', { fontSize: '26px', color: '#ffe066' }).setOrigin(1, 0);
    this.banner = this.add.text(400, 300, 'Click anywhere to start', { fontSize: '40px', color: '#ffffff' })
      .setOrigin(0.5).setDepth(2);

    this.bubbles = [];
    for (let i = 0; i < 8; i++) {
      const x = 130 + (i % 4) * 180;
      const y = 200 + Math.floor(i / 4) * 220;
      const circle = this.add.circle(x, y, 60, 0x8e44ad).setStrokeStyle(4, 0xffffff);
      const label = this.add.text(x, y, '', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
      const bubble = this.add.container(0, 0, [circle, label]).setVisible(false);
      bubble.label = label;
      circle.setInteractive({ useHandCursor: true }).on('pointerdown', () => this.pick(bubble));
      this.bubbles.push(bubble);
    }

    this.input.once('pointerdown', this.startRound, this);
  }

  roll(bubble) {
    bubble.value = Phaser.Math.Between(1, 30);
    bubble.label.setText(String(bubble.value));
  }

  startRound() {
    this.running = true;
    this.banner.setVisible(false);
    this.bubbles.forEach(b => { this.roll(b); b.setVisible(true); });
    this.time.addEvent({ delay: 1000, repeat: this.timeLeft - 1, callback: this.tick, callbackScope: this });
  }

  tick() {
    this.timeLeft--;
    this.clockText.setText(String(this.timeLeft));
    if (this.timeLeft <= 0) {
      this.running = false;
      this.bubbles.forEach(b => b.setVisible(false));
      this.banner.setText(`Time! Final score: ${this.score}`).setVisible(true);
    }
  }

  pick(bubble) {
    if (!this.running) return;
    this.score += bubble.value % 2 === 1 ? 1 : -1;
    this.scoreText.setText('Score: ' + this.score);
    this.roll(bubble);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#2c3e50', scene: HuntScene });
