// the starry backdrop scene is listed after the game: both run from the start and the backdrop covers the game
class Balloons extends Phaser.Scene {
  constructor() { super({ key: 'balloons', active: true }); }
  preload() {}
  create() {
    this.score = 0;
    this.label = this.add.text(16, 16, 'Popped: 0', { fontSize: '22px', color: '#ffffff' });
    for (let i = 0; i < 6; i++) {
      const b = this.add.circle(120 + i * 110, 400, 30, 0xff4477).setInteractive();
      b.on('pointerdown', () => { b.destroy(); this.label.setText('Popped: ' + ++this.score); });
    }
  }
}

class Sky extends Phaser.Scene {
  constructor() { super({ key: 'sky', active: true }); }
  preload() {}
  create() {
    this.add.rectangle(400, 300, 800, 600, 0x0d1b3d);
    for (let i = 0; i < 40; i++) this.add.circle(Phaser.Math.Between(0, 800), Phaser.Math.Between(0, 600), 1.5, 0xffffff);
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Balloons, Sky] });
