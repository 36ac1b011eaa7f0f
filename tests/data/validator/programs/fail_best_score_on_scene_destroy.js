// Click to score; R restarts the round; the best score is kept in localStorage between rounds.
const KEY = 'clicker-best';
class Clicker extends Phaser.Scene {
  constructor() { super('clicker'); }
  preload() {}
  create() {
    this.score = 0;
    this.best = Number(localStorage.getItem(KEY) || 0);
    this.label = this.add.text(400, 300, '', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
    this.show();
    this.input.on('pointerdown', () => { this.score += 1; this.show(); });
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
    this.events.once('destroy', () => {
      if (this.score > this.best) localStorage.setItem(KEY, String(this.score));
    });
  }
  show() { this.label.setText('Score: ' + this.score + '   Best: ' + this.best); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Clicker });
