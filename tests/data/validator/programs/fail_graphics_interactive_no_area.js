// Balloons drawn as Graphics made clickable with setInteractive(): a Graphics has no size, so no balloon can be popped.
class Pop extends Phaser.Scene {
  constructor() { super('pop'); }
  preload() {}
  create() {
    this.score = 0;
    const label = this.add.text(16, 16, 'Popped: 0', { fontSize: '20px' });
    for (let i = 0; i < 4; i++) {
      const balloon = this.add.graphics({ x: 150 + i * 160, y: 300 });
      balloon.fillStyle(0xff3366).fillCircle(0, 0, 40);
      balloon.setInteractive();
      balloon.on('pointerdown', () => { balloon.destroy(); label.setText('Popped: ' + ++this.score); });
    }
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Pop });
