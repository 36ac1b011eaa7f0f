// HUD: score and lives in the top corners, 24px Verdana
const HUD_STYLE = { font: 'Verdana', fontSize: '24px', color: '#ffffff' };
class Hud extends Phaser.Scene {
  constructor() { super('hud'); }
  create() {
    this.score = 0;
    this.scoreText = this.add.text(10, 10, 'Score: 0', HUD_STYLE);
    this.add.text(590, 10, 'Lives: 3', HUD_STYLE).setOrigin(1, 0);
    this.input.on('pointerdown', () => { this.score += 10; this.scoreText.setText('Score: ' + this.score); });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Hud });
