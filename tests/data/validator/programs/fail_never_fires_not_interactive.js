// A clicker whose target listens for 'pointerdown' but is never made interactive (no setInteractive()): Phaser sends
// pointer events only to interactive objects, so clicking does nothing and the score stays 0.
class ClickScene extends Phaser.Scene {
  constructor() { super('click'); }
  preload() {}
  create() {
    this.score = 0;
    this.label = this.add.text(16, 16, 'Score: 0', { fontSize: '24px', color: '#ffffff' });
    this.target = this.add.circle(400, 300, 40, 0xe63946);
    this.target.on('pointerdown', () => {
      this.score += 1;
      this.label.setText('Score: ' + this.score);
      this.target.setPosition(Phaser.Math.Between(60, 740), Phaser.Math.Between(60, 540));
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#222222', scene: ClickScene });
