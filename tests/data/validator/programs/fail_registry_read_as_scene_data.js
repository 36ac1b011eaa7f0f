// Collect coins for 10 seconds; the game-over scene then shows the final score.
class Play extends Phaser.Scene {
  constructor() { super('play'); }
  preload() {}
  create() {
    this.registry.set('score', 0);
    this.input.on('pointerdown', () => this.registry.set('score', this.registry.get('score') + 1));
    this.time.delayedCall(10000, () => this.scene.start('over'));
    this.add.text(10, 10, 'click to collect', { color: '#ffffff' });
  }
}
class Over extends Phaser.Scene {
  constructor() { super('over'); }
  preload() {}
  create() {
    const finalScore = this.data.get('score');
    this.add.text(400, 300, 'Final score: ' + finalScore, { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Play, Over] });
