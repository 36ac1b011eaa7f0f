// The score's colour is given as a number (0xffffff) where Text takes a CSS colour string: the canvas ignores it and
// draws the text black, invisible on the black background.
class ScoreScene extends Phaser.Scene {
  constructor() { super('score'); }
  preload() {}
  create() {
    this.score = 0;
    this.label = this.add.text(16, 16, 'Score: 0', { fontSize: '32px', fill: 0xffffff });
    this.coin = this.add.circle(400, 300, 20, 0xffd700).setInteractive();
    this.coin.on('pointerdown', () => { this.score += 10; this.label.setText('Score: ' + this.score); });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#000000', scene: ScoreScene });
