// Count the clicks: every click adds one and the total shows at the top
class Clicks extends Phaser.Scene {
  constructor() { super('clicks'); }
  create() {
    let count = 0;
    const label = this.add.text(20, 20, 'Clicks: ' + count, { fontSize: '22px', color: '#ffffff' });
    this.input.on('pointerdown', () => {
      count = count + 1;
      label.setText('Clicks: ' + count);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Clicks });
