// Fires when event.key === 'Space': the space bar's key is ' ' ('Space' is its code), so the ship never fires.
class Ship extends Phaser.Scene {
  constructor() { super('ship'); }
  preload() {}
  create() {
    this.shots = 0;
    const label = this.add.text(16, 16, 'Shots: 0', { fontSize: '20px' });
    this.input.keyboard.on('keydown', (event) => {
      if (event.key === 'Space') label.setText('Shots: ' + ++this.shots);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Ship });
