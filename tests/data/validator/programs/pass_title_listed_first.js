// A title screen with a Play button that starts the game; the game counts clicks on a bouncing target.
class Title extends Phaser.Scene {
  constructor() { super('Title'); }
  preload() {}
  create() {
    this.registry.set('screen', 'Title');
    this.add.text(400, 200, 'TARGET PRACTICE', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
    const play = this.add.text(400, 330, 'PLAY', { fontSize: '32px', color: '#000000', backgroundColor: '#ffcc00', padding: { x: 20, y: 10 } })
      .setOrigin(0.5).setInteractive({ useHandCursor: true });
    play.on('pointerdown', () => this.scene.start('Play'));
  }
}
class Play extends Phaser.Scene {
  constructor() { super('Play'); }
  preload() {}
  create() {
    this.hits = 0;
    this.label = this.add.text(16, 16, 'Hits: 0', { fontSize: '22px', color: '#ffffff' });
    this.target = this.add.circle(400, 300, 30, 0xff4444).setInteractive();
    this.target.on('pointerdown', () => { this.hits += 1; this.label.setText('Hits: ' + this.hits); });
    this.tweens.add({ targets: this.target, x: 650, duration: 1200, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#202040', scene: [Title, Play] });
