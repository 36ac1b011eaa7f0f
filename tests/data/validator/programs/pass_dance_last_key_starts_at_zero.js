// Dance pad: alternate LEFT and RIGHT to score; pressing the same arrow twice does not count
class Dance extends Phaser.Scene {
  create() {
    this.last = 0;
    this.score = 0;
    this.label = this.add.text(300, 280, 'Score: 0', { fontSize: '28px', color: '#ffffff' });
    this.input.keyboard.on('keydown', (e) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      if (e.key !== this.last) { this.score += 1; this.label.setText('Score: ' + this.score); }
      this.last = e.key;
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Dance });
