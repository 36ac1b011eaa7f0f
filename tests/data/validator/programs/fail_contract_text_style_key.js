// A misspelt text style key: Phaser ignores 'fontColour', the score stays the default white.
class HudScene extends Phaser.Scene {
  preload() {}

  create() {
    this.score = 0;
    this.label = this.add.text(16, 16, 'Score: 0', { fontFamily: 'Arial', fontSize: '28px', fontColour: '#ffcc00' });
    this.time.addEvent({ delay: 250, loop: true, callback: () => { this.score += 1; } });
  }

  update() {
    this.label.setText('Score: ' + this.score);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 480, scene: HudScene });
