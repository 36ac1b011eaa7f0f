// the score is put at the right edge with the default origin (0, 0): it grows off the canvas
class Score extends Phaser.Scene {
  preload() {}

  create() {
    this.score = 0;
    this.label = this.add.text(this.scale.width - 10, 10, 'Score: 0', { fontSize: '32px', color: '#ffffff' });
    this.add.circle(400, 300, 40, 0x44dd88);
    this.time.addEvent({ delay: 1000, loop: true, callback: () => {
      this.score += 20;
      this.label.setText('Score: ' + this.score);
    } });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Score });
