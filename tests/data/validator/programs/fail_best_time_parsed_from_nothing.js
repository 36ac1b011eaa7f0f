// A reaction test: press SPACE when the screen turns green; the best time is read from localStorage with parseInt and
// no fallback, so on a first visit it is NaN and the screen shows "Best: NaN".
class Reaction extends Phaser.Scene {
  constructor() { super('reaction'); }
  preload() {}
  create() {
    this.best = parseInt(localStorage.getItem('reaction-best'));
    this.bestText = this.add.text(20, 20, 'Best: ' + this.best, { fontSize: '22px', color: '#ffffff' });
    this.panel = this.add.rectangle(400, 320, 500, 300, 0xb71c1c);
    this.readyAt = 0;
    this.time.delayedCall(1200, () => { this.panel.setFillStyle(0x2e7d32); this.readyAt = this.time.now; });
    this.input.keyboard.on('keydown-SPACE', () => {
      if (!this.readyAt) return;
      const ms = Math.round(this.time.now - this.readyAt);
      if (ms < this.best) { this.best = ms; localStorage.setItem('reaction-best', String(ms)); }
      this.bestText.setText('Best: ' + this.best);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#212121', scene: Reaction });
