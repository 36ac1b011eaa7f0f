// The title scene starts 'Game', but the game scene registered itself as 'GameScene': Phaser logs "Scene key not
// found", stops the title and shows nothing more.
class TitleScene extends Phaser.Scene {
  constructor() { super('TitleScene'); }
  preload() {}
  create() {
    this.add.text(400, 300, 'Get ready...', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
    this.time.delayedCall(1000, () => this.scene.start('Game'));
  }
}
class GameScene extends Phaser.Scene {
  constructor() { super('GameScene'); }
  create() {
    this.box = this.add.rectangle(400, 300, 60, 60, 0x4cc9f0);
  }
  update() { this.box.rotation += 0.03; }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#10002b', scene: [TitleScene, GameScene] });
