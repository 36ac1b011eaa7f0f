// the next level waits for 'camerafadeoutcomplete' on the scene's events; only the camera emits it
class Level extends Phaser.Scene {
  constructor() { super('level'); }

  preload() {}

  create(data) {
    this.n = (data && data.n) || 1;
    this.add.text(400, 300, 'Level ' + this.n, { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
    this.time.delayedCall(600, () => {
      this.events.once('camerafadeoutcomplete', () => this.scene.restart({ n: this.n + 1 }));
      this.cameras.main.fadeOut(300);
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Level });
