// Coin dash: collect coins for 5 seconds; at the end show the score and "NEW BEST!" when the record is beaten
const KEY = 'coin-dash-best';
class Dash extends Phaser.Scene {
  constructor() { super('dash'); }
  create() {
    this.score = 0;
    this.text = this.add.text(10, 10, 'Score: 0', { fontSize: '20px', color: '#fff' });
    this.input.on('pointerdown', () => { this.score += 1; this.text.setText('Score: ' + this.score); });
    this.time.delayedCall(5000, () => this.finish());
  }
  finish() {
    localStorage.setItem(KEY, Math.max(this.score, Number(localStorage.getItem(KEY)) || 0));
    const best = Number(localStorage.getItem(KEY)) || 0;
    const message = this.score > best ? 'NEW BEST!' : 'Best: ' + best;
    this.add.text(300, 200, message, { fontSize: '32px', color: '#ffeb3b' }).setOrigin(0.5);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Dash });
