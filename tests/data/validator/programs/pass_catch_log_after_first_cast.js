// Fishing: press SPACE to cast; each cast catches the next fish in turn (trout, pike, carp) and the catch log shows the last fish
const SPECIES = ['trout', 'pike', 'carp'];
class Fishing extends Phaser.Scene {
  create() {
    this.casts = 0;
    this.log = this.add.text(20, 20, 'No fish yet', { fontSize: '22px', color: '#ffffff' });
    this.input.keyboard.on('keydown-SPACE', () => {
      this.casts += 1;
      this.log.setText('Caught a ' + SPECIES[(this.casts - 1) % SPECIES.length]);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Fishing });
