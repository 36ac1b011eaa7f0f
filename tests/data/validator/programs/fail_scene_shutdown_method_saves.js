// The best score is saved when the round ends: it is written in a shutdown() method (a Phaser 2 state's), which
// Phaser 3 never calls, so the best score is never kept.
class Round extends Phaser.Scene {
  constructor() { super('round'); }
  preload() {}
  create() {
    this.score = 0;
    this.best = Number(localStorage.getItem('best') || 0);
    this.text = this.add.text(16, 16, 'Best: ' + this.best, { fontSize: '22px', color: '#ffffff' });
    this.input.on('pointerdown', () => { this.score += 1; });
    this.time.delayedCall(1500, () => this.scene.restart());
  }
  shutdown() {
    if (this.score > this.best) localStorage.setItem('best', String(this.score));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Round });
