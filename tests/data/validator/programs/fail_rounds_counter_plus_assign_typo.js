// Press SPACE to finish a round; the counter shows how many rounds have been played
class Rounds extends Phaser.Scene {
  create() {
    this.rounds = 0;
    this.label = this.add.text(40, 40, 'Rounds: 0', { fontSize: '26px', color: '#ffffff' });
    this.input.keyboard.on('keydown-SPACE', () => {
      this.rounds =+ 1;
      this.label.setText('Rounds: ' + this.rounds);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Rounds });
