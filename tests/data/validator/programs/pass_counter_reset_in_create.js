// Tap the target 5 times, then "Again" restarts the scene; create() starts the count again
class Taps extends Phaser.Scene {
  constructor() {
    super('taps');
    this.taps = 0;
  }
  preload() {}
  create() {
    this.taps = 0;
    this.label = this.add.text(20, 20, 'Taps: ' + this.taps + '/5', { fontSize: '24px', color: '#ffffff' });
    const target = this.add.circle(400, 300, 50, 0xff8844).setInteractive();
    target.on('pointerdown', () => {
      this.taps += 1;
      this.label.setText('Taps: ' + this.taps + '/5');
      if (this.taps >= 5) this.finish();
    });
  }
  finish() {
    const again = this.add.text(400, 450, 'Again', { fontSize: '32px', color: '#ffff66' }).setOrigin(0.5).setInteractive();
    again.on('pointerdown', () => this.scene.restart());
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1a2a3a', scene: Taps });
