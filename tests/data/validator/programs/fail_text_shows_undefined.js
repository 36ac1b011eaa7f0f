// The results scene reads data.score, but the game passed a bare number: it shows 'You popped undefined bubbles!'.
class Play extends Phaser.Scene {
  constructor() { super('play'); }
  preload() {}
  create() {
    this.popped = 7;
    this.add.text(20, 20, 'Popping...', { fontSize: '24px' });
    this.time.delayedCall(300, () => this.scene.start('results', this.popped));
  }
}
class Results extends Phaser.Scene {
  constructor() { super('results'); }
  init(data) { this.score = data.score; }
  preload() {}
  create() {
    this.add.text(400, 300, 'You popped ' + this.score + ' bubbles!', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Play, Results] });
