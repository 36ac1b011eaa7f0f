// Waits for 'fadeoutcomplete': cameras emit 'camerafadeoutcomplete', so the next scene never starts and the screen stays black.
class Title extends Phaser.Scene {
  constructor() { super('title'); }
  preload() {}
  create() {
    this.add.text(400, 300, 'My Game', { fontSize: '48px' }).setOrigin(0.5);
    this.cameras.main.once('fadeoutcomplete', () => this.scene.start('level'));
    this.time.delayedCall(200, () => this.cameras.main.fadeOut(300, 0, 0, 0));
  }
}
class Level extends Phaser.Scene {
  constructor() { super('level'); }
  preload() {}
  create() { this.add.text(20, 20, 'Level 1', { fontSize: '24px' }); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Title, Level] });
