// Whack a mole: clicking a mole scores (the input plugin emits gameobjectdown)
class Moles extends Phaser.Scene {
  constructor() { super('moles'); }
  preload() {}
  create() {
    this.score = 0;
    this.label = this.add.text(20, 20, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
    for (let i = 0; i < 3; i++) this.add.circle(200 + i * 200, 320, 40, 0x996633).setInteractive();
    this.input.on('gameobjectdown', (pointer, mole) => {
      this.score += 1;
      this.label.setText('Score: ' + this.score);
      mole.setFillStyle(0x553311);
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#335522', scene: Moles });
